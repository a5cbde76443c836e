import { foldForm } from '../../domain/fold-form';
import { invalidInput, notFound } from '../../errors/error-codes';
import type { GraphDatabase } from '../graph-database';
import { isEntityLabel, RELATIONSHIP_TYPES, type RelationshipType } from '../graph-model';
import type { NodeRecord } from './node-record';
import { runCurationWrite, snapshotOf, type WriteResult } from './curation-write';
import { readNode, updateNode } from './node-access';

/**
 * Moves every relationship of `merge` of one type and direction to `keep` (properties included),
 * except those between the two. Types come from the model's table.
 */
const MOVE_RELATIONSHIPS: readonly string[] = RELATIONSHIP_TYPES.flatMap((type: RelationshipType) => [
  `MATCH (m:Node {id: $merge})-[r:${type}]->(o)
   WHERE o.id <> $keep
   MATCH (k:Node {id: $keep})
   MERGE (k)-[moved:${type}]->(o)
   SET moved += properties(r)
   DELETE r`,
  `MATCH (m:Node {id: $merge})<-[r:${type}]-(o)
   WHERE o.id <> $keep
   MATCH (k:Node {id: $keep})
   MERGE (k)<-[moved:${type}]-(o)
   SET moved += properties(r)
   DELETE r`,
]);

/**
 * The merged node's id keeps resolving to the node it was merged into (`node(id)` follows it);
 * ids merged into `merge` earlier now lead to `keep` as well.
 */
const REDIRECT_MERGED_ID = `
  CALL () { MATCH (earlier:MergedId {into: $merge}) SET earlier.into = $keep }
  CREATE (:MergedId {id: $merge, into: $keep})
  WITH 1 AS done
  MATCH (m:Node {id: $merge})
  DETACH DELETE m`;

/** Who merges, the entity that stays and the one merged into it. */
export interface MergeRequest {
  readonly subject: string;
  readonly keep: string;
  readonly merge: string;
}

/**
 * Merges entity `merge` into `keep` (both of one type): every relationship and claim of `merge`
 * moves to `keep`, `keep` gains `merge`'s name and aliases as aliases (and its description when it
 * has none), `merge` is deleted and its id resolves to `keep` from then on.
 */
export async function mergeEntities(
  database: GraphDatabase,
  { subject, keep, merge }: MergeRequest,
): Promise<WriteResult<NodeRecord>> {
  if (keep === merge) throw invalidInput([`merge: must differ from keep, but both are "${keep}"`]);
  return runCurationWrite(database, { subject, kind: 'mergeEntities' }, async (run) => {
    const [kept, merged] = [await readNode(run, keep), await readNode(run, merge)];
    if (kept === null) throw notFound('keep', keep);
    if (merged === null) throw notFound('merge', merge);
    if (!isEntityLabel(kept.label) || merged.label !== kept.label)
      throw invalidInput([
        `merge: expected two entities of one type, but "${keep}" is a ${kept.label} and "${merge}" a ${merged.label}`,
      ]);
    for (const statement of MOVE_RELATIONSHIPS) await run(statement, { keep, merge });
    const after = await updateNode(run, keep, {
      aliases: unitedAliases(kept, merged),
      description: kept.properties.description ?? merged.properties.description ?? null,
    });
    await run(REDIRECT_MERGED_ID, { keep, merge });
    return {
      result: after,
      nodeIds: [keep, merge],
      before: { [keep]: snapshotOf(kept), [merge]: snapshotOf(merged) },
      after: { [keep]: snapshotOf(after), [merge]: null },
    };
  });
}

/** `keep`'s aliases, then `merge`'s name and aliases, each surface form once (as foldForm compares). */
function unitedAliases(keep: NodeRecord, merge: NodeRecord): string[] {
  const seen = new Set([foldForm(String(keep.properties.name))]);
  const united: string[] = [];
  const forms = [
    ...((keep.properties.aliases ?? []) as string[]),
    String(merge.properties.name),
    ...((merge.properties.aliases ?? []) as string[]),
  ];
  for (const form of forms) {
    if (seen.has(foldForm(form))) continue;
    seen.add(foldForm(form));
    united.push(form);
  }
  return united;
}
