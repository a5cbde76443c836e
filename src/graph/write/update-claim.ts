import { findPassage } from '../../domain/find-passage';
import { claimSchema } from '../../domain/seed-file-schema';
import type { TransactionRunner } from '../graph-database';
import { toPlainValue } from '../to-plain-value';
import type { NodeRecord } from './node-record';
import type { CreateClaimInput, UpdateClaimInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import { changedProperties } from './changed-properties';
import {
  checkClaimInGraph,
  claimEntryOf,
  claimProperties,
  RENAMES,
  subjectIdsOf,
  writeClaimLinks,
} from './claim-writes';
import { readNode, readNodeForUpdate, updateNode } from './node-access';
import { DROP_CLAIM_SPEAKER, DROP_CLAIM_SUBJECTS, READ_CLAIM_LINKS } from './node-statements';
import { parseEntry } from './parse-entry';

/** A claim's links as stored: speaker, subjects with the spans they rest on, and its passage. */
interface StoredClaimLinks {
  readonly speaker: string | null;
  readonly subjects: readonly { id: string; sources: string[]; starts: number[]; ends: number[] }[];
  readonly sourceId: string;
  readonly evidence: { text: string; start: number; end: number };
}

/**
 * Changes a claim's text, kind, quote, speaker, subjects or evidence. The claim is rechecked as a
 * whole, but only what the input names is written: a new speaker replaces the old; a new subject
 * list drops the subjects it leaves out and adds those it adds, each resting on the claim's
 * passage, and keeps the others as they are; a new passage moves the evidence and the subjects
 * that rested on the old one. A passage the input does not name stays at the occurrence it is at.
 */
export async function updateClaim(
  scope: WriteScope,
  { subject, id, expectedVersion, input }: UpdateRequest<UpdateClaimInput>,
): Promise<WriteResult<NodeRecord>> {
  return runCurationWrite(scope, { subject, kind: 'updateClaim', replay: replayMainNode }, async (run) => {
    const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Claim'] });
    const stored = await readClaimLinks(run, id);
    const evidenceNamed = isGiven(input.evidence) || isGiven(input.evidenceOccurrence);
    const merged = claimEntryOf(id, {
      kind: input.kind ?? (before.properties.kind as CreateClaimInput['kind']),
      text: input.text ?? (before.properties.text as string),
      quote: input.quote === undefined ? (before.properties.quote as string | null) : input.quote,
      speakerId: input.speakerId === undefined ? stored.speaker : input.speakerId,
      evidence: input.evidence ?? stored.evidence.text,
      evidenceOccurrence: evidenceNamed ? input.evidenceOccurrence : await storedOccurrence(run, stored),
      aboutIds: input.aboutIds ?? stored.subjects.map((s) => s.id),
    });
    const entry = parseEntry(claimSchema, merged, RENAMES);
    const { evidence, text, forms } = await checkClaimInGraph(run, entry, stored.sourceId);
    const speakerChanged = input.speakerId !== undefined && (entry.speaker ?? null) !== stored.speaker;
    if (speakerChanged) await run(DROP_CLAIM_SPEAKER, { id });
    const wanted = subjectIdsOf(entry);
    const current = new Set(stored.subjects.map((s) => s.id));
    if (input.aboutIds !== undefined && input.aboutIds !== null) await run(DROP_CLAIM_SUBJECTS, { id, keep: wanted });
    const added = wanted.filter((about) => !current.has(about));
    const moved = evidence.start !== stored.evidence.start || evidence.end !== stored.evidence.end;
    const restingOnOldPassage = moved
      ? stored.subjects.filter((s) => wanted.includes(s.id) && restsOn(s, stored)).map((s) => s.id)
      : [];
    const newSpeaker = speakerChanged ? entry.speaker : undefined;
    await writeClaimLinks(run, {
      claimId: id,
      source: { id: stored.sourceId, text },
      evidence,
      speaker: newSpeaker,
      subjects: [...added, ...restingOnOldPassage],
      passage: moved,
      mentioned: [...(newSpeaker === undefined ? [] : [newSpeaker]), ...added],
      forms,
    });
    const after = await updateNode(run, id, changedProperties(before.properties, claimProperties(entry)));
    return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
  });
}

async function readClaimLinks(run: TransactionRunner, id: string): Promise<StoredClaimLinks> {
  const row = (await run(READ_CLAIM_LINKS, { id })).records[0];
  return {
    speaker: (row?.get('speaker') ?? null) as string | null,
    subjects: toPlainValue(row?.get('subjects') ?? []) as StoredClaimLinks['subjects'],
    sourceId: row?.get('sourceId') as string,
    evidence: toPlainValue(row?.get('evidence')) as StoredClaimLinks['evidence'],
  };
}

/** The occurrence of the stored passage in its source's text, so a rechecked claim finds it again. */
async function storedOccurrence(run: TransactionRunner, stored: StoredClaimLinks): Promise<number | null> {
  const source = await readNode(run, stored.sourceId);
  const text = typeof source?.properties.text === 'string' ? source.properties.text : '';
  const search = findPassage(text, stored.evidence.text);
  if (search.kind !== 'ambiguous') return null;
  const index = search.spans.findIndex((span) => span.start === stored.evidence.start);
  return index === -1 ? null : index + 1;
}

/** Whether a subject rests on nothing but the claim's own passage (as a bare id in a seed file does). */
function restsOn(subject: StoredClaimLinks['subjects'][number], stored: StoredClaimLinks): boolean {
  return (
    subject.sources?.length === 1 &&
    subject.sources[0] === stored.sourceId &&
    subject.starts?.[0] === stored.evidence.start &&
    subject.ends?.[0] === stored.evidence.end
  );
}

function isGiven<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
