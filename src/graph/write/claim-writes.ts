import { checkClaimEntry, type EvidenceProperties } from '../../domain/check-claim-entry';
import { sourceProvenance } from '../../domain/fact-basis';
import { findMentions } from '../../domain/find-mentions';
import { claimSchema, type ClaimEntry } from '../../domain/seed-file-schema';
import { joinQuote } from '../../domain/quote-pieces';
import { conflict, invalidInput } from '../../errors/error-codes';
import type { TransactionRunner } from '../graph-database';
import { NODE_LABELS, type NodeLabel } from '../graph-model';
import { toNodeRecord, type NodeRecord } from './node-record';
import type { CreateClaimInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import { createNode, mergeRelationshipsOfTypes, readNodeForUpdate, referenceProblems } from './node-access';
import { READ_CLAIM_CONTEXT, RETRACT_CLAIM } from './node-statements';
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
    const { evidence, text, forms } = await checkClaimInGraph(run, entry, input.sourceId);
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
      forms,
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

/** A checked claim: its evidence span, its source's text, and the names and aliases of every node it names. */
export interface CheckedClaim {
  readonly evidence: EvidenceProperties;
  readonly text: string;
  /** Each named node's name and aliases, by id: the forms its mentions in the source are found by. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
}

/**
 * The problems of a claim's references and evidence in the graph as it is; returns the evidence
 * span when there are none, and throws BAD_USER_INPUT listing them otherwise. The references, the
 * source's text and the named nodes' names are read in one statement (READ_CLAIM_CONTEXT).
 */
export async function checkClaimInGraph(
  run: TransactionRunner,
  entry: ClaimEntry,
  sourceId: string,
): Promise<CheckedClaim> {
  const references = [
    { id: sourceId, where: 'input.sourceId' },
    ...(entry.speaker === undefined ? [] : [{ id: entry.speaker, where: 'input.speakerId' }]),
    ...subjectIdsOf(entry).map((id, i) => ({ id, where: `input.aboutIds[${i}]` })),
  ];
  const ids = [...new Set(references.map((reference) => reference.id))];
  const rows = (await run(READ_CLAIM_CONTEXT, { ids, sourceId, labels: NODE_LABELS })).records;
  const labels = new Map(rows.map((row) => [row.get('id') as string, row.get('label') as NodeLabel]));
  refuseIfAny(referenceProblems(references, labels));
  const sourceText: unknown = rows.find((row) => row.get('id') === sourceId)?.get('text');
  const text = typeof sourceText === 'string' ? sourceText : '';
  const checked = checkClaimEntry(entry, { text, where: 'input', textName: `the text of ${sourceId}` });
  refuseIfAny(checked.problems.map(renameFields));
  const forms = new Map(rows.map((row) => [row.get('id') as string, formsOf(row.get('name'), row.get('aliases'))]));
  return { evidence: checked.evidence as EvidenceProperties, text, forms };
}

/** A node's name and aliases, those that are texts. */
function formsOf(name: unknown, aliases: unknown): string[] {
  return [name, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])].filter(
    (form): form is string => typeof form === 'string',
  );
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
  /** The names and aliases of the mentioned nodes, by id (see CheckedClaim). */
  readonly forms: ReadonlyMap<string, readonly string[]>;
}

/**
 * Writes a checked claim's links, and the source's mentions of the nodes it names: every span
 * where the source uses each one's name or an alias, found as the seed loader finds them, so an
 * entity's occurrences stay whole when a claim is written through the API.
 */
export async function writeClaimLinks(run: TransactionRunner, links: ClaimLinks): Promise<void> {
  const { claimId, source, evidence } = links;
  // All in one statement: each of these used to be a round trip of its own.
  await mergeRelationshipsOfTypes(run, [
    ['STATED', links.speaker === undefined ? [] : [{ from: links.speaker, to: claimId, properties: {} }]],
    [
      'ABOUT',
      // A subject named by the API rests on the claim's own passage, as a bare id does in a seed file.
      links.subjects.map((about) => ({
        from: claimId,
        to: about,
        properties: { ...sourceProvenance([{ sourceId: source.id, ...evidence }]) },
      })),
    ],
    ['APPEARS_IN', links.passage ? [{ from: claimId, to: source.id, properties: { ...evidence } }] : []],
    [
      'MENTIONED_IN',
      [...new Set(links.mentioned)].map((id) => ({
        from: id,
        to: source.id,
        properties: mentionsOf(links.forms.get(id) ?? [], source.text),
      })),
    ],
  ]);
}

/** MENTIONED_IN's parallel span lists for the places `text` uses one of a node's `forms`. */
function mentionsOf(forms: readonly string[], text: string) {
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
