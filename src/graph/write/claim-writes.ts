import { checkClaimEntry, type EvidenceProperties } from '../../domain/check-claim-entry';
import { sourceProvenance } from '../../domain/fact-basis';
import { findMentions } from '../../domain/find-mentions';
import { claimSchema, type ClaimEntry } from '../../domain/seed-file-schema';
import { joinQuote } from '../../domain/quote-pieces';
import { conflict, invalidInput } from '../../errors/error-codes';
import type { TransactionRunner } from '../graph-database';
import { toNodeRecord, type NodeRecord } from './node-record';
import type { CreateClaimInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import { checkReferences, createNode, mergeRelationships, readNode, readNodeForUpdate } from './node-access';
import { RETRACT_CLAIM } from './node-statements';
import { newNodeId, parseEntry, refuseIfAny } from './parse-entry';

/** The seed format's claim fields under the names the API gives them. */
export const RENAMES = { speaker: 'speakerId', about: 'aboutIds' };

/**
 * Creates a claim from `input`, checked as a seed file's claim is: the format's schema, ids that
 * exist with the right type, a quote within its evidence, the evidence passage found exactly once
 * in the source's text. Adds its speaker, subjects, evidence span and the source's mentions of
 * the speaker and subjects. BAD_USER_INPUT lists every problem; nothing is written then.
 */
export async function createClaim(
  scope: WriteScope,
  subject: string,
  input: CreateClaimInput,
): Promise<WriteResult<NodeRecord>> {
  const entry = parseEntry(claimSchema, claimEntryOf(input.id ?? newNodeId('Claim', input.text), input), RENAMES);
  return runCurationWrite(scope, { subject, kind: 'createClaim', replay: replayMainNode }, async (run) => {
    const { evidence, text } = await checkClaimInGraph(run, entry, input.sourceId);
    const claim = await createNode(run, { label: 'Claim', id: entry.id, properties: claimProperties(entry) });
    const subjects = subjectIdsOf(entry);
    const speaker = entry.speaker;
    await writeClaimLinks(run, {
      claimId: entry.id,
      source: { id: input.sourceId, text },
      evidence,
      speaker,
      subjects,
      passage: true,
      mentioned: [...(speaker === undefined ? [] : [speaker]), ...subjects],
    });
    return {
      result: claim,
      nodeIds: [entry.id],
      before: { [entry.id]: null },
      after: { [entry.id]: snapshotOf(claim) },
    };
  });
}

/**
 * Marks a claim retracted by `subject` for `reason`. It keeps its id, relationships and history;
 * lists and views leave it out. CONFLICT when it is retracted already or `expectedVersion` is stale.
 */
export async function retractClaim(
  scope: WriteScope,
  { subject, id, expectedVersion, input: reason }: UpdateRequest<string>,
): Promise<WriteResult<NodeRecord>> {
  if (reason.trim() === '') throw invalidInput(['reason: must say why the claim is retracted, but got an empty text']);
  return runCurationWrite(scope, { subject, kind: 'retractClaim', replay: replayMainNode }, async (run) => {
    const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Claim'] });
    if (before.properties.retractedAt !== undefined && before.properties.retractedAt !== null)
      throw conflict(`The claim "${id}" was already retracted by ${String(before.properties.retractedBy)}`);
    const result = await run(RETRACT_CLAIM, { id, subject, reason: reason.trim(), at: new Date().toISOString() });
    const after = toNodeRecord(result.records[0]?.get('node'));
    return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
  });
}

/** The seed format's claim entry for an API input. */
export function claimEntryOf(id: string, input: Omit<CreateClaimInput, 'sourceId' | 'id'>): Record<string, unknown> {
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

export function claimProperties(entry: ClaimEntry) {
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
export async function checkClaimInGraph(
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

/** Which of a claim's links to write, and where its evidence lies. */
export interface ClaimLinks {
  readonly claimId: string;
  readonly source: { readonly id: string; readonly text: string };
  readonly evidence: EvidenceProperties;
  /** Its speaker (STATED), when that is to be written. */
  readonly speaker?: string | undefined;
  /** Subjects (ABOUT) to write, each resting on the claim's own passage. */
  readonly subjects: readonly string[];
  /** Whether to write the passage itself (APPEARS_IN). */
  readonly passage: boolean;
  /** The nodes whose mentions in the source to record. */
  readonly mentioned: readonly string[];
}

/**
 * Writes a checked claim's links, and the source's mentions of the nodes it names: every span
 * where the source uses each one's name or an alias, found as the seed loader finds them, so an
 * entity's occurrences stay whole when a claim is written through the API.
 */
export async function writeClaimLinks(run: TransactionRunner, links: ClaimLinks): Promise<void> {
  const { claimId, source, evidence } = links;
  if (links.speaker !== undefined)
    await mergeRelationships(run, 'STATED', [{ from: links.speaker, to: claimId, properties: {} }]);
  await mergeRelationships(
    run,
    'ABOUT',
    // A subject named by the API rests on the claim's own passage, as a bare id does in a seed file.
    links.subjects.map((about) => ({
      from: claimId,
      to: about,
      properties: { ...sourceProvenance([{ sourceId: source.id, ...evidence }]) },
    })),
  );
  if (links.passage)
    await mergeRelationships(run, 'APPEARS_IN', [{ from: claimId, to: source.id, properties: { ...evidence } }]);
  const mentions = [];
  // One statement at a time: a transaction runs its statements in order.
  for (const id of new Set(links.mentioned))
    mentions.push({ from: id, to: source.id, properties: mentionsOf(await readNode(run, id), source.text) });
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
export function subjectIdsOf(entry: ClaimEntry): string[] {
  return entry.about.map((subject) => (typeof subject === 'string' ? subject : subject.id));
}

/** The seed validator's field names in a problem, as the API calls them. */
export function renameFields(problem: string): string {
  return problem.replace(
    /^input\.(speaker|about)\b/,
    (_match, field: string) => `input.${field === 'speaker' ? 'speakerId' : 'aboutIds'}`,
  );
}
