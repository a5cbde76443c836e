import { foldForm } from '../../domain/fold-form';
import { invalidInput, notFound } from '../../errors/error-codes';
import type { TransactionRunner } from '../graph-database';
import { isEntityLabel, type RelationshipType } from '../graph-model';
import { toPlainValue } from '../to-plain-value';
import type { NodeRecord } from './node-record';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type WriteResult } from './curation-write';
import { changedProperties } from './changed-properties';
import {
  READ_MOVED_RELATIONSHIPS,
  REDIRECT_MERGED_ID,
  writeUnitedRelationshipsStatement,
} from './merge-entities-statements';
import { readNode, updateNode } from './node-access';
import { uniteRelationshipProperties } from './unite-relationship-properties';

/** Who merges, the entity that stays and the one merged into it. */
export interface MergeRequest {
  readonly subject: string;
  readonly keep: string;
  readonly merge: string;
}

/**
 * Merges entity `merge` into `keep` (both of one type). `keep` ends with the union of both:
 * every relationship and claim of `merge` (those between the two are dropped), a relationship
 * both had to the same node united with every span of its evidence (see
 * uniteRelationshipProperties), `merge`'s name and aliases among its aliases, both entities'
 * otherNames, and `merge`'s value of any property `keep` has none of (a description, a place's
 * position). `merge` is deleted and its id resolves to `keep` from then on.
 */
export async function mergeEntities(
  scope: WriteScope,
  { subject, keep, merge }: MergeRequest,
): Promise<WriteResult<NodeRecord>> {
  if (keep === merge) throw invalidInput([`merge: must differ from keep, but both are "${keep}"`]);
  return runCurationWrite(
    scope,
    { subject, kind: 'mergeEntities', replay: replayMainNode, lockFirst: true },
    async (run) => {
      const [kept, merged] = [await readNode(run, keep), await readNode(run, merge)];
      if (kept === null) throw notFound('keep', keep);
      if (merged === null) throw notFound('merge', merge);
      if (!isEntityLabel(kept.label) || merged.label !== kept.label)
        throw invalidInput([
          `merge: expected two entities of one type, but "${keep}" is a ${kept.label} and "${merge}" a ${merged.label}`,
        ]);
      await moveRelationships(run, { keep, merge });
      const after = await updateNode(run, keep, changedProperties(kept.properties, unitedProperties(kept, merged)));
      await run(REDIRECT_MERGED_ID, { keep, merge });
      return {
        result: after,
        nodeIds: [keep, merge],
        before: { [keep]: snapshotOf(kept), [merge]: snapshotOf(merged) },
        after: { [keep]: snapshotOf(after), [merge]: null },
      };
    },
  );
}

/** Gives `keep` every relationship of `merge`, united with its own to the same node. */
async function moveRelationships(run: TransactionRunner, ends: { keep: string; merge: string }): Promise<void> {
  const result = await run(READ_MOVED_RELATIONSHIPS, ends);
  const groups = new Map<string, { type: RelationshipType; outgoing: boolean; rows: unknown[] }>();
  for (const record of result.records) {
    const type = record.get('type') as RelationshipType;
    const outgoing = record.get('outgoing') as boolean;
    const kept = toPlainValue(record.get('kept')) as Record<string, unknown> | null;
    const moved = toPlainValue(record.get('properties')) as Record<string, unknown>;
    const key = `${type} ${String(outgoing)}`;
    const group = groups.get(key) ?? { type, outgoing, rows: [] };
    group.rows.push({ other: record.get('other') as string, properties: uniteRelationshipProperties(kept, moved) });
    groups.set(key, group);
  }
  for (const { type, outgoing, rows } of groups.values())
    await run(writeUnitedRelationshipsStatement(type, outgoing), { keep: ends.keep, rows });
}

/** `keep`'s properties with what `merge` adds: its names, otherNames and values `keep` lacks. */
function unitedProperties(keep: NodeRecord, merge: NodeRecord): Record<string, unknown> {
  const present = (properties: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
  const { id: _mergedId, version: _mergedVersion, ...mergedRest } = merge.properties;
  const seen = new Set([foldForm(String(keep.properties.name))]);
  const aliases = uniqueForms(
    [...listOf(keep, 'aliases'), String(merge.properties.name), ...listOf(merge, 'aliases')],
    seen,
  );
  const otherNames = uniqueForms([...listOf(keep, 'otherNames'), ...listOf(merge, 'otherNames')], seen);
  return { ...present(mergedRest), ...present(keep.properties), aliases, otherNames };
}

function listOf(node: NodeRecord, property: 'aliases' | 'otherNames'): string[] {
  const value = node.properties[property];
  return Array.isArray(value) ? (value as string[]) : [];
}

/** Each surface form once (as foldForm compares), in order, skipping those already `seen`. */
function uniqueForms(forms: readonly string[], seen: Set<string>): string[] {
  const unique: string[] = [];
  for (const form of forms) {
    if (seen.has(foldForm(form))) continue;
    seen.add(foldForm(form));
    unique.push(form);
  }
  return unique;
}
