import { conflict } from '../../errors/error-codes';
import type { NodeLabel } from '../graph-model';
import { projectNode, toNodeRecord, type NodeRecord } from './node-record';
import { runCurationWrite, snapshotOf, type UpdateRequest, type WriteResult, type WriteScope } from './curation-write';
import { replayMainNode } from './replay-node';
import { readNodeForUpdate } from './node-access';

/**
 * The drafts a claim needs to be read: the claim, its speaker, its subjects and its source (whose
 * text holds the claim's passage and every mention), in that order, each once.
 */
const FIND_NEEDED_DRAFTS = `
  MATCH (c:Node:Claim {id: $id})
  WITH c, [(s)-[:STATED]->(c) | s] + [(c)-[:ABOUT]->(x) | x] + [(c)-[:APPEARS_IN]->(s:Source) | s] AS others
  UNWIND [c] + others AS n
  WITH DISTINCT n WHERE n.reviewStatus = 'DRAFT'
  RETURN ${projectNode('n')} AS node`;

/**
 * Publishes the nodes `$ids`, and the draft leadership facts between nodes readers see once they
 * are published: each marked accepted by `$subject` at `$at`, one version more, and `curated`, so
 * a reload of the draft file (or a second extraction's draft) leaves what the reviewer accepted.
 */
const ACCEPT_NODES = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n.reviewStatus = 'DRAFT'
  SET n.reviewStatus = 'ACCEPTED', n.reviewer = $subject, n.reviewedAt = $at,
    n.version = n.version + 1, n.curated = true
  WITH collect(n) AS accepted
  CALL (accepted) {
    UNWIND accepted AS a
    MATCH (a)-[r:LEADS]-(b)
    WHERE r.reviewStatus = 'DRAFT' AND coalesce(b.reviewStatus, '') <> 'DRAFT'
    SET r.reviewStatus = 'ACCEPTED', r.reviewer = $subject, r.reviewedAt = $at, r.curated = true
    RETURN count(r) AS facts
  }
  UNWIND accepted AS n
  RETURN ${projectNode('n')} AS node`;

/**
 * Accepts draft claim `id` for reviewer `subject`: the claim and the draft nodes it needs (see
 * FIND_NEEDED_DRAFTS) become `ACCEPTED` with the reviewer and the time, with their draft
 * leadership facts, in one change whose main node is the claim. CONFLICT when the claim is no
 * draft (accepted already, or written by a person), when it was rejected (retracted), or when
 * `expectedVersion` is stale; NOT_FOUND for an unknown id. Nothing is written when it throws.
 */
export function acceptClaim(scope: WriteScope, request: UpdateRequest<null>): Promise<WriteResult<NodeRecord>> {
  return acceptDrafts(scope, { request, kind: 'acceptClaim', labels: ['Claim'], withNeeded: true });
}

/**
 * Accepts one draft person, organization or place (and its draft leadership facts between nodes
 * readers see), as acceptClaim does a claim, without anything else: its claims are accepted one by
 * one. The same CONFLICT and NOT_FOUND cases.
 */
export function acceptEntity(scope: WriteScope, request: UpdateRequest<null>): Promise<WriteResult<NodeRecord>> {
  return acceptDrafts(scope, {
    request,
    kind: 'acceptEntity',
    labels: ['Person', 'Organization', 'Place'],
    withNeeded: false,
  });
}

interface Acceptance {
  readonly request: UpdateRequest<null>;
  /** The change's kind: the mutation's name. */
  readonly kind: string;
  readonly labels: readonly NodeLabel[];
  /** Whether the drafts the node needs (FIND_NEEDED_DRAFTS) are accepted with it. */
  readonly withNeeded: boolean;
}

async function acceptDrafts(
  scope: WriteScope,
  { request: { subject, id, expectedVersion }, kind, labels, withNeeded }: Acceptance,
): Promise<WriteResult<NodeRecord>> {
  return runCurationWrite(scope, { subject, kind, replay: replayMainNode }, async (run) => {
    const node = await readNodeForUpdate(run, { id, expectedVersion, labels });
    refuseUnlessDraft(node);
    const needed = withNeeded
      ? (await run(FIND_NEEDED_DRAFTS, { id })).records.map((record) => toNodeRecord(record.get('node')))
      : [node];
    // The accepted node first: it is the change's main node.
    const ids = [id, ...needed.map((other) => other.properties.id as string).filter((other) => other !== id)];
    const result = await run(ACCEPT_NODES, { ids, subject, at: new Date().toISOString() });
    const accepted = new Map(
      result.records.map((record) => {
        const after = toNodeRecord(record.get('node'));
        return [after.properties.id as string, after];
      }),
    );
    return {
      result: accepted.get(id) as NodeRecord,
      nodeIds: ids,
      before: Object.fromEntries(needed.map((other) => [other.properties.id as string, snapshotOf(other)])),
      after: Object.fromEntries(ids.map((nodeId) => [nodeId, snapshotOf(accepted.get(nodeId) ?? null)])),
    };
  });
}

/** CONFLICT unless `node` is a draft still in force. */
function refuseUnlessDraft({ label, properties }: NodeRecord): void {
  const id = String(properties.id);
  const status = properties.reviewStatus;
  if (status !== 'DRAFT')
    throw conflict(
      status === undefined || status === null
        ? `The ${label.toLowerCase()} "${id}" is no draft: it was written by a person, so there is nothing to accept`
        : `The ${label.toLowerCase()} "${id}" is no draft: it was accepted by ${String(properties.reviewer)} at ${String(properties.reviewedAt)}`,
    );
  if (properties.retractedAt !== undefined && properties.retractedAt !== null)
    throw conflict(`The claim "${id}" was rejected (retracted) by ${String(properties.retractedBy)}`);
}
