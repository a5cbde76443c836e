import { checkClaimEntry, type EvidenceProperties } from '../../domain/check-claim-entry';
import { sourceProvenance } from '../../domain/fact-basis';
import { findMentions } from '../../domain/find-mentions';
import { claimSchema, type ClaimEntry } from '../../domain/seed-file-schema';
import { joinQuote } from '../../domain/quote-pieces';
import { conflict, invalidInput } from '../../errors/error-codes';
import type { GraphDatabase, TransactionRunner } from '../graph-database';
import { toNodeRecord, type NodeRecord } from './node-record';
import type { CreateClaimInput, UpdateClaimInput } from './curation-inputs';
import { runCurationWrite, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import {
  checkReferences,
  createNode,
  mergeRelationships,
  readNode,
  readNodeForUpdate,
  updateNode,
} from './node-access';
import { DROP_CLAIM_RELATIONSHIPS, READ_CLAIM_LINKS, RETRACT_CLAIM } from './node-statements';
import { newNodeId, parseEntry, refuseIfAny } from './parse-entry';

const RENAMES = { speaker: 'speakerId', about: 'aboutIds' };

/**
 * Creates a claim from `input`, checked as a seed file's claim is: the format's schema, ids that
 * exist with the right type, a quote within its evidence, the evidence passage found exactly once
 * in the source's text. Adds its speaker, subjects, evidence span and the source's mentions of
 * the speaker and subjects. BAD_USER_INPUT lists every problem; nothing is written then.
 */
export async function createClaim(
  database: GraphDatabase,
  subject: string,
  input: CreateClaimInput,
): Promise<WriteResult<NodeRecord>> {
  const entry = parseEntry(claimSchema, claimEntryOf(input.id ?? newNodeId('Claim', input.text), input), RENAMES);
  return runCurationWrite(database, { subject, kind: 'createClaim' }, async (run) => {
    const { evidence, text } = await checkClaimInGraph(run, entry, input.sourceId);
    const claim = await createNode(run, { label: 'Claim', id: entry.id, properties: claimProperties(entry) });
    await writeClaimLinks(run, { entry, source: { id: input.sourceId, text }, evidence });
    return {
      result: claim,
      nodeIds: [entry.id],
      before: { [entry.id]: null },
      after: { [entry.id]: snapshotOf(claim) },
    };
  });
}

/** Changes a claim's text, kind, quote, speaker, subjects or evidence, rechecked as a whole. */
export async function updateClaim(
  database: GraphDatabase,
  { subject, id, expectedVersion, input }: UpdateRequest<UpdateClaimInput>,
): Promise<WriteResult<NodeRecord>> {
  return runCurationWrite(database, { subject, kind: 'updateClaim' }, async (run) => {
    const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Claim'] });
    const links = await run(READ_CLAIM_LINKS, { id });
    const current = links.records[0];
    const sourceId = current?.get('sourceId') as string;
    const merged = claimEntryOf(id, {
      kind: input.kind ?? (before.properties.kind as CreateClaimInput['kind']),
      text: input.text ?? (before.properties.text as string),
      quote: input.quote === undefined ? (before.properties.quote as string | null) : input.quote,
      speakerId: input.speakerId === undefined ? (current?.get('speaker') as string | null) : input.speakerId,
      evidence: input.evidence ?? (current?.get('evidence') as string),
      evidenceOccurrence: input.evidenceOccurrence ?? null,
      aboutIds: input.aboutIds ?? (current?.get('about') as string[]),
    });
    const entry = parseEntry(claimSchema, merged, RENAMES);
    const { evidence, text } = await checkClaimInGraph(run, entry, sourceId);
    await run(DROP_CLAIM_RELATIONSHIPS, { id });
    await writeClaimLinks(run, { entry, source: { id: sourceId, text }, evidence });
    const after = await updateNode(run, id, claimProperties(entry));
    return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
  });
}

/**
 * Marks a claim retracted by `subject` for `reason`. It keeps its id, relationships and history;
 * lists and views leave it out. CONFLICT when it is retracted already or `expectedVersion` is stale.
 */
export async function retractClaim(
  database: GraphDatabase,
  { subject, id, expectedVersion, input: reason }: UpdateRequest<string>,
): Promise<WriteResult<NodeRecord>> {
  if (reason.trim() === '') throw invalidInput(['reason: must say why the claim is retracted, but got an empty text']);
  return runCurationWrite(database, { subject, kind: 'retractClaim' }, async (run) => {
    const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Claim'] });
    if (before.properties.retractedAt !== undefined && before.properties.retractedAt !== null)
      throw conflict(`The claim "${id}" was already retracted by ${String(before.properties.retractedBy)}`);
    const result = await run(RETRACT_CLAIM, { id, subject, reason: reason.trim(), at: new Date().toISOString() });
    const after = toNodeRecord(result.records[0]?.get('node'));
    return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
  });
}

/** The seed format's claim entry for an API input. */
function claimEntryOf(id: string, input: Omit<CreateClaimInput, 'sourceId' | 'id'>): Record<string, unknown> {
  return {
    id,
    kind: input.kind.toLowerCase(),
    speaker: input.speakerId,
    text: input.text,
    evidence: input.evidence,
    evidenceOccurrence: input.evidenceOccurrence,
    quote: input.quote,
    about: input.aboutIds,
  };
}

function claimProperties(entry: ClaimEntry) {
  return {
    text: entry.text,
    quote: entry.quote === undefined ? null : joinQuote(entry.quote),
    kind: entry.kind.toUpperCase(),
  };
}

/**
 * The problems of a claim's references and evidence in the graph as it is; returns the evidence
 * span when there are none, and throws BAD_USER_INPUT listing them otherwise.
 */
async function checkClaimInGraph(
  run: TransactionRunner,
  entry: ClaimEntry,
  sourceId: string,
): Promise<{ evidence: EvidenceProperties; text: string }> {
  const references = [
    { id: sourceId, where: 'input.sourceId' },
    ...(entry.speaker === undefined ? [] : [{ id: entry.speaker, where: 'input.speakerId' }]),
    ...subjectIdsOf(entry).map((id, i) => ({ id, where: `input.aboutIds[${i}]` })),
  ];
  refuseIfAny(await checkReferences(run, references));
  const source = await readNode(run, sourceId);
  const text = typeof source?.properties.text === 'string' ? source.properties.text : '';
  const checked = checkClaimEntry(entry, { text, where: 'input', textName: `the text of ${sourceId}` });
  refuseIfAny(checked.problems.map(renameFields));
  return { evidence: checked.evidence as EvidenceProperties, text };
}

/**
 * Writes a checked claim's speaker, subjects and evidence, and the source's mentions of them:
 * every span where the source uses each one's name or an alias, found as the seed loader finds
 * them, so an entity's occurrences stay whole when a claim is written through the API.
 */
async function writeClaimLinks(
  run: TransactionRunner,
  {
    entry,
    source,
    evidence,
  }: { entry: ClaimEntry; source: { id: string; text: string }; evidence: EvidenceProperties },
): Promise<void> {
  const sourceId = source.id;
  const subjects = subjectIdsOf(entry);
  const mentioned = [...(entry.speaker === undefined ? [] : [entry.speaker]), ...subjects];
  if (entry.speaker !== undefined)
    await mergeRelationships(run, 'STATED', [{ from: entry.speaker, to: entry.id, properties: {} }]);
  await mergeRelationships(
    run,
    'ABOUT',
    // A subject named by the API rests on the claim's own passage, as a bare id does in a seed file.
    subjects.map((about) => ({
      from: entry.id,
      to: about,
      properties: { ...sourceProvenance([{ sourceId, ...evidence }]) },
    })),
  );
  await mergeRelationships(run, 'APPEARS_IN', [{ from: entry.id, to: sourceId, properties: { ...evidence } }]);
  const mentions = [];
  // One statement at a time: a transaction runs its statements in order.
  for (const id of mentioned)
    mentions.push({ from: id, to: sourceId, properties: mentionsOf(await readNode(run, id), source.text) });
  await mergeRelationships(run, 'MENTIONED_IN', mentions);
}

/** MENTIONED_IN's parallel span lists for the places `text` uses the node's name or aliases. */
function mentionsOf(node: NodeRecord | null, text: string) {
  const { name, aliases } = (node?.properties ?? {}) as { name?: unknown; aliases?: unknown };
  const forms = [name, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])].filter(
    (form): form is string => typeof form === 'string',
  );
  const spans = findMentions(text, forms);
  return {
    starts: spans.map((span) => span.start),
    ends: spans.map((span) => span.end),
    texts: spans.map((span) => span.text),
  };
}

/** The ids a claim is about (the API gives bare ids; a seed entry may also give its basis). */
function subjectIdsOf(entry: ClaimEntry): string[] {
  return entry.about.map((subject) => (typeof subject === 'string' ? subject : subject.id));
}

/** The seed validator's field names in a problem, as the API calls them. */
function renameFields(problem: string): string {
  return problem.replace(
    /^input\.(speaker|about)\b/,
    (_match, field: string) => `input.${field === 'speaker' ? 'speakerId' : 'aboutIds'}`,
  );
}
