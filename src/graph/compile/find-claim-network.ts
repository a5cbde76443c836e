import neo4j from 'neo4j-driver';
import { compileWhere, hideRetracted, WhereSink, type WhereInput } from './compile-where';
import type { GraphDatabase } from '../graph-database';
import type { RelationshipType } from '../graph-model';
import { edgeIdOf, type GraphView, type GraphViewDetail, type GraphViewEdge } from '../graph-view';
import { toPlainValue } from '../to-plain-value';
import { projectViewNode, toGraphView } from '../to-graph-view';
import { DRAFTS_PARAMETER, unlessDraft } from '../draft-visibility';

/** Each SPOKE_ABOUT edge lists the ids of at most this many of its claims, the first by id. */
export const CLAIM_IDS_PER_EDGE = 10;

const STATED: RelationshipType = 'STATED';
const ABOUT: RelationshipType = 'ABOUT';

export interface ClaimNetworkRequest {
  /** A checked ClaimWhere (see checkWhere); null or empty keeps every claim. */
  readonly where: WhereInput | null;
  /** Most nodes (speakers and subjects together); the caller bounds it. */
  readonly limit: number;
  /** `summary` leaves node properties out; see `GraphViewDetail`. Edge properties are always there. */
  readonly detail: GraphViewDetail;
  /** Drafts too: an editor's where asked for them. */
  readonly drafts: boolean;
}

/**
 * Where the match starts: at the one speaker or subject the where's top level names by id (an
 * index seek, then that node's claims), or at every claim. The anchored condition is still
 * compiled with the rest, so the where means exactly what it means in `claims(where:)`.
 */
function anchorOf(where: WhereInput): { readonly match: string; readonly id: string | null } {
  const { speaker, about } = where as Record<string, Record<string, unknown> | undefined>;
  const speakerId = onlyIdEq(speaker);
  if (speakerId !== null) return { match: `MATCH (:Node {id: $anchor})-[:${STATED}]->(m:Claim)`, id: speakerId };
  const aboutId = about !== undefined && Object.keys(about).length === 1 ? onlyIdEq(about.some as WhereInput) : null;
  if (aboutId !== null) return { match: `MATCH (:Node {id: $anchor})<-[:${ABOUT}]-(m:Claim)`, id: aboutId };
  return { match: 'MATCH (m:Claim)', id: null };
}

/** The id of `{id: {eq: id}}` when that is all the filter holds, else null. */
function onlyIdEq(filter: WhereInput | undefined): string | null {
  if (filter === undefined || Object.keys(filter).length !== 1) return null;
  const id = filter.id as Record<string, unknown> | undefined;
  return id !== undefined && Object.keys(id).length === 1 && typeof id.eq === 'string' ? id.eq : null;
}

// Pairs are counted over every matching claim (weights must be exact), then the nodes are ranked
// by their heaviest edge, so the `limit` nodes kept are the ends of the heaviest edges first, and
// every pair among the kept nodes is returned, as other views return every relationship among
// their nodes. `pair.speaker IN nodes` tests against one list for every pair, which Neo4j turns
// into a set once per query.
function claimNetworkQuery(match: string, conditions: readonly string[], detail: GraphViewDetail): string {
  return `
  ${match}
  ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
  MATCH (speaker:Node)-[:${STATED}]->(m)-[:${ABOUT}]->(subject:Node)
  WHERE ${unlessDraft('speaker')} AND ${unlessDraft('subject')}
  WITH speaker, subject, m ORDER BY m.id
  WITH speaker, subject, count(m) AS weight, collect(m.id)[..$claimIdsPerEdge] AS claimIds
  ORDER BY weight DESC, speaker.id, subject.id
  WITH collect({speaker: speaker, subject: subject, weight: weight, claimIds: claimIds}) AS pairs
  CALL (pairs) {
    UNWIND pairs AS pair
    UNWIND [pair.speaker, pair.subject] AS n
    WITH n, max(pair.weight) AS heaviest
    ORDER BY heaviest DESC, n.id LIMIT $cap
    RETURN collect(n) AS found
  }
  WITH pairs, found[..$limit] AS nodes, size(found) > $limit AS truncated
  RETURN [n IN nodes | ${projectViewNode('n', detail)}] AS nodes,
    [pair IN pairs WHERE pair.speaker IN nodes AND pair.subject IN nodes |
      {source: pair.speaker.id, target: pair.subject.id, weight: pair.weight, claimIds: pair.claimIds}] AS edges,
    truncated`;
}

interface ProjectedPair {
  readonly source: string;
  readonly target: string;
  readonly weight: unknown;
  readonly claimIds: readonly string[];
}

function toSpokeAboutEdge(projection: unknown): GraphViewEdge {
  const pair = projection as ProjectedPair;
  const weight = toPlainValue(pair.weight) as number;
  return {
    id: edgeIdOf('SPOKE_ABOUT', pair.source, pair.target),
    type: 'SPOKE_ABOUT',
    source: pair.source,
    target: pair.target,
    basis: null,
    properties: { weight, claimIds: pair.claimIds },
    weight,
  };
}

/**
 * Who speaks about whom: the claims that match `where` (retracted ones left out unless the where
 * asks about retraction, as in claim lists), collapsed into one SPOKE_ABOUT edge from each
 * speaker to each subject, weighted by the number of such claims (`properties.weight`), with
 * the ids of the first CLAIM_IDS_PER_EDGE of them by id (`properties.claimIds`). Narrations (no
 * speaker) and claims without a subject make no edge. At most `limit` nodes: the ends of the
 * heaviest edges first (ties by id), with every edge among them, and `truncated` when more
 * nodes took part. One query. An empty view when nothing matches, or when the where's speaker or
 * subject id names no node.
 */
export async function findClaimNetwork(database: GraphDatabase, request: ClaimNetworkRequest): Promise<GraphView> {
  const where = request.where ?? {};
  const anchor = anchorOf(where);
  // Compiled for each request (its text is not cached), so each value is read as it is bound.
  const parameters: Record<string, unknown> = {};
  const sink = new WhereSink('p0', (name, read) => {
    parameters[name] = read(where);
  });
  const conditions = [
    Object.keys(where).length === 0 ? null : compileWhere({ kind: 'Claim', where }, 'm', sink),
    hideRetracted(where, 'm'),
    unlessDraft('m'),
  ].filter((condition) => condition !== null);
  const result = await database.read(claimNetworkQuery(anchor.match, conditions, request.detail), {
    ...parameters,
    anchor: anchor.id,
    [DRAFTS_PARAMETER]: request.drafts,
    limit: neo4j.int(request.limit),
    cap: neo4j.int(request.limit + 1),
    claimIdsPerEdge: neo4j.int(CLAIM_IDS_PER_EDGE),
  });
  const row = result.records[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false };
  const view = toGraphView(row.get('nodes') as unknown[], [], row.get('truncated') as boolean);
  return { ...view, edges: (row.get('edges') as unknown[]).map(toSpokeAboutEdge) };
}
