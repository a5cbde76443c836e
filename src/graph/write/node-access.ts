import { conflict, invalidInput, notFound } from '../../errors/error-codes';
import type { TransactionRunner } from '../graph-database';
import { labelOfId, NODE_LABELS, type NodeLabel, type RelationshipType } from '../graph-model';
import { toNodeRecord, type NodeRecord } from './node-record';
import {
  mergeNodesStatement,
  mergeRelationshipsOfTypesStatement,
  mergeRelationshipsStatement,
  type RelationshipRowParameter,
} from './merge-statements';
import { FIND_NODE_LABELS, READ_NODE, READ_NODE_FOR_UPDATE, UPDATE_NODE } from './node-statements';

/** The node with `id` as the transaction sees it, or null. */
export async function readNode(run: TransactionRunner, id: string): Promise<NodeRecord | null> {
  const result = await run(READ_NODE, { id });
  const row = result.records[0];
  return row === undefined ? null : toNodeRecord(row.get('node'));
}

/**
 * The node a write is about to change, checked: it exists (NOT_FOUND), has one of `labels`
 * (BAD_USER_INPUT) and is at `expectedVersion` (CONFLICT, naming both versions). It is read under
 * its write lock (READ_NODE_FOR_UPDATE), so no other write can change it before this transaction ends.
 */
export async function readNodeForUpdate(
  run: TransactionRunner,
  { id, expectedVersion, labels }: { id: string; expectedVersion: number; labels: readonly NodeLabel[] },
): Promise<NodeRecord> {
  const result = await run(READ_NODE_FOR_UPDATE, { id });
  const row = result.records[0];
  const node = row === undefined ? null : toNodeRecord(row.get('node'));
  if (node === null) throw notFound('id', id);
  if (!labels.includes(node.label))
    throw invalidInput([`id: expected the id of a ${labels.join(' or ')}, but "${id}" is a ${node.label}`]);
  const version = node.properties.version;
  if (version !== expectedVersion) {
    throw conflict(
      `expectedVersion ${expectedVersion} of "${id}" is stale: the node is at version ${String(version)}; read it again and reapply the change`,
      { currentVersion: version },
    );
  }
  return node;
}

/** The labels of those `ids` that exist; unknown ids are absent. */
export async function findNodeLabels(
  run: TransactionRunner,
  ids: readonly string[],
): Promise<ReadonlyMap<string, NodeLabel>> {
  const result = await run(FIND_NODE_LABELS, { ids: [...new Set(ids)], labels: NODE_LABELS });
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('label') as NodeLabel]));
}

/**
 * Problems with references to other nodes, as the seed validator words them: each id must exist
 * and be of the type its prefix names. `where` names each id's field.
 */
export async function checkReferences(
  run: TransactionRunner,
  references: readonly { readonly id: string; readonly where: string }[],
): Promise<string[]> {
  const labels = await findNodeLabels(
    run,
    references.map((reference) => reference.id),
  );
  return referenceProblems(references, labels);
}

/** The problems of `references` (see checkReferences), given the labels of those that exist. */
export function referenceProblems(
  references: readonly { readonly id: string; readonly where: string }[],
  labels: ReadonlyMap<string, NodeLabel>,
): string[] {
  const problems: string[] = [];
  for (const { id, where } of references) {
    const label = labels.get(id);
    const expected = labelOfId(id);
    if (label === undefined) problems.push(`${where}: no ${expected?.toLowerCase() ?? 'node'} "${id}"`);
    else if (label !== expected) problems.push(`${where}: "${id}" is a ${label} in the database`);
  }
  return problems;
}

/** Creates a node as the loader does (version 1) and returns it; CONFLICT when the id is taken. */
export async function createNode(
  run: TransactionRunner,
  { label, id, properties }: { label: NodeLabel; id: string; properties: Readonly<Record<string, unknown>> },
): Promise<NodeRecord> {
  // Marked curated like every node a curator writes, so a seed file that later defines the id leaves it be.
  const merged = await run(mergeNodesStatement(label), {
    rows: [{ id, properties: { ...properties, id, curated: true } }],
  });
  // The id is taken (or was merged away), possibly by a write that committed while this one
  // waited on the id's uniqueness lock: refused, and the throw rolls back whatever the MERGE
  // did to that node, so it is never written over. No look beforehand: it would cost a round
  // trip and still have to be followed by this check.
  if (merged.summary.counters.updates().nodesCreated === 0)
    throw conflict(`The id "${id}" is taken; choose another id`);
  return (await readNode(run, id)) as NodeRecord;
}

/** Sets properties (null removes one) and increments the version; returns the node after. */
export async function updateNode(
  run: TransactionRunner,
  id: string,
  properties: Readonly<Record<string, unknown>>,
): Promise<NodeRecord> {
  const result = await run(UPDATE_NODE, { id, properties });
  return toNodeRecord(result.records[0]?.get('node'));
}

/** Creates relationships of one type (or updates their properties when they exist). */
export async function mergeRelationships(
  run: TransactionRunner,
  type: RelationshipType,
  rows: readonly RelationshipRowParameter[],
): Promise<void> {
  if (rows.length > 0) await run(mergeRelationshipsStatement(type), { rows });
}

/** Creates (or updates) relationships of several types, in one statement; nothing runs when there are no rows. */
export async function mergeRelationshipsOfTypes(
  run: TransactionRunner,
  rowsOfTypes: readonly (readonly [RelationshipType, readonly RelationshipRowParameter[]])[],
): Promise<void> {
  const written = rowsOfTypes.filter(([, rows]) => rows.length > 0);
  if (written.length === 0) return;
  await run(
    mergeRelationshipsOfTypesStatement(written.map(([type]) => type)),
    Object.fromEntries(written.map(([type, rows]) => [type, rows])),
  );
}
