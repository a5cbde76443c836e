import {
  ANY_NODE_LABEL,
  ENTITY_LABEL,
  isEntityLabel,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../graph-model';
import type { TransactionRunner } from '../graph-database';

/**
 * Cypher for loading seed rows. Each statement takes a parameter list and runs once per batch
 * (`UNWIND`), so the number of queries grows with batches, not with rows. Labels and types are
 * spliced in from the fixed model tables only.
 */

export interface NodeRowParameter {
  readonly id: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface RelationshipRowParameter {
  readonly from: string;
  readonly to: string;
  /** For a fact, its own properties (title, role, reason) only; absent ones are not written. */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * For a fact written by the loader: what each source contributes (see FactContribution). A
   * seed file's row has its own source's; a load joins the rows of one fact into one row.
   */
  readonly contributions?: readonly FactContribution[];
}

/**
 * One source's share of a fact: its evidence spans, or its background note. A fact stated by
 * several sources holds every source's share in its parallel lists (see docs/sources.md).
 */
export interface FactContribution {
  readonly source: string;
  readonly evidenceStarts: readonly number[];
  readonly evidenceEnds: readonly number[];
  readonly evidenceTexts: readonly string[];
  readonly backgroundNote: string | null;
}

/** Which end of each relationship type declares it in a seed file, and may therefore drop it. */
const OWNER_SIDE: Readonly<Record<RelationshipType, 'from' | 'to'>> = {
  STATED: 'to',
  ABOUT: 'from',
  // A source's file declares the claims that appear in it (a claim may appear in several).
  APPEARS_IN: 'to',
  MENTIONED_IN: 'to',
  PARTICIPATED_IN: 'to',
  OCCURRED_AT: 'from',
  PART_OF: 'from',
  LEADS: 'from',
  BASED_IN: 'from',
  DISPUTES: 'from',
  SUPPORTS: 'from',
};

/** The labels whose nodes declare each relationship type. */
export const OWNER_LABELS: Readonly<Record<RelationshipType, readonly NodeLabel[]>> = {
  STATED: ['Claim'],
  ABOUT: ['Claim'],
  APPEARS_IN: ['Source'],
  MENTIONED_IN: ['Source'],
  PARTICIPATED_IN: ['Event'],
  OCCURRED_AT: ['Event'],
  PART_OF: ['Place', 'Event'],
  LEADS: ['Person'],
  BASED_IN: ['Organization'],
  DISPUTES: ['Claim'],
  SUPPORTS: ['Claim'],
};

/** A statement per node label, built from the label and the labels a node of it carries. */
function perLabel(build: (labels: string) => string): Readonly<Record<NodeLabel, string>> {
  return Object.fromEntries(
    NODE_LABELS.map((label) => [label, build(isEntityLabel(label) ? `:${label}:${ENTITY_LABEL}` : `:${label}`)]),
  ) as Record<NodeLabel, string>;
}

/** A statement per relationship type. */
function perType(build: (type: RelationshipType) => string): Readonly<Record<RelationshipType, string>> {
  return Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, build(type)])) as Record<RelationshipType, string>;
}

/** The start of a relationship write: each row of `list`'s two ends, found by id as `a` and `b`. */
function bothEnds(list: string): string {
  return `UNWIND ${list} AS row
     MATCH (a:${ANY_NODE_LABEL} {id: row.from})
     MATCH (b:${ANY_NODE_LABEL} {id: row.to})`;
}
const BOTH_ENDS = bothEnds('$rows');

// Every node carries a version that each change of its properties increments, so curation writes
// can detect a stale read (`expectedVersion`). A node's first load sets 1; reloading it unchanged
// keeps its version, reloading it changed counts as one more version.
//
// Curation wins over reloads: a node a curator has written (`curated`, set by every curation
// write) keeps its properties when its file is loaded again, and an id merged into another entity
// (a MergedId) is not created again.
const MERGE_NODES = perLabel(
  (labels) =>
    `UNWIND $rows AS row
     WITH row WHERE NOT EXISTS { MATCH (:MergedId {id: row.id}) }
     MERGE (n:${ANY_NODE_LABEL} {id: row.id})
     SET n${labels}
     WITH n, row, n.version AS version, properties(n) AS before
     SET n = CASE WHEN before.curated = true THEN before ELSE row.properties END
     WITH n, version, before, properties(n) AS after
     SET n.version = CASE
       WHEN version IS NULL THEN 1
       WHEN before = after {.*, version: version} THEN version
       ELSE version + 1
     END`,
);

/**
 * A load into an empty graph (after a reset) writes the nodes as they are, at version 1: nothing
 * there is curated, merged or versioned yet, so the checks above would only cost time.
 */
const LOAD_NODES_INTO_EMPTY_GRAPH = perLabel(
  (labels) =>
    `UNWIND $rows AS row
     MERGE (n:${ANY_NODE_LABEL} {id: row.id})
     SET n${labels}
     SET n = row.properties, n.version = 1`,
);

/** Curation's relationship write of `type` for the rows in `list`: marked `curated`, so a reload of a seed file keeps them. */
function curatedMerge(type: RelationshipType, list: string): string {
  return `${bothEnds(list)}
     MERGE (a)-[r:${type}]->(b)
     SET r = row.properties, r.curated = true`;
}
const MERGE_RELATIONSHIPS = perType((type) => curatedMerge(type, '$rows'));

/**
 * The seed loader's relationship writes: a relationship whose declaring node a curator has
 * written is the curator's (added, changed or removed through the API), and so is one a curator
 * wrote; a reload leaves both as they are.
 */
const LOAD_RELATIONSHIPS = perType(
  (type) =>
    `${BOTH_ENDS}
     WITH a, b, row WHERE NOT coalesce(${OWNER_SIDE[type] === 'from' ? 'a' : 'b'}.curated, false)
     MERGE (a)-[r:${type}]->(b)
     WITH r, row WHERE NOT coalesce(r.curated, false)
     SET r = row.properties`,
);

/** The loader's relationship writes into an empty graph, where no curator has written anything yet. */
const LOAD_RELATIONSHIPS_INTO_EMPTY_GRAPH = perType(
  (type) =>
    `${BOTH_ENDS}
     MERGE (a)-[r:${type}]->(b)
     SET r = row.properties`,
);

/**
 * Removes relationships a reloaded file no longer declares: for each owner, those of the type
 * whose other end is not in `keep`. A second load of unchanged files deletes nothing. Owners a
 * curator has written, and relationships a curator wrote, are left alone.
 */
const DROP_UNDECLARED = perType((type) => {
  const pattern = OWNER_SIDE[type] === 'from' ? `(owner)-[r:${type}]->(other)` : `(owner)<-[r:${type}]-(other)`;
  return `UNWIND $owners AS entry
     MATCH (owner:${ANY_NODE_LABEL} {id: entry.id})
     WHERE NOT coalesce(owner.curated, false)
     MATCH ${pattern}
     WHERE NOT other.id IN entry.keep AND NOT coalesce(r.curated, false)
     DELETE r`;
});

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  queries: number;
}

/** One statement to run over many rows, `batchSize` rows at a time. */
export interface BatchedStatement {
  readonly statement: string;
  /** The Cypher parameter each batch is passed as (`$rows` or `$owners`). */
  readonly key: 'rows' | 'owners';
  /** Nothing runs when this is empty. */
  readonly rows: readonly unknown[];
  readonly batchSize: number;
}

/** Runs `statement` once per batch of `rows`, adding the database's counters to `counts`. */
export async function runInBatches(
  run: TransactionRunner,
  { statement, key, rows, batchSize }: BatchedStatement,
  counts: WriteCounts,
): Promise<void> {
  for (let at = 0; at < rows.length; at += batchSize) {
    const result = await run(statement, { [key]: rows.slice(at, at + batchSize) });
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.relationshipsDeleted += updates.relationshipsDeleted;
    counts.queries += 1;
  }
}

/** Curation's node write, and the loader's into a graph that may hold curated nodes. */
export function mergeNodesStatement(label: NodeLabel): string {
  return MERGE_NODES[label];
}

/** The loader's statement for nodes of `label` (see LOAD_NODES_INTO_EMPTY_GRAPH). */
export function loadNodesStatement(label: NodeLabel, { graphWasEmpty }: { readonly graphWasEmpty: boolean }): string {
  return graphWasEmpty ? LOAD_NODES_INTO_EMPTY_GRAPH[label] : MERGE_NODES[label];
}

export function mergeRelationshipsStatement(type: RelationshipType): string {
  return MERGE_RELATIONSHIPS[type];
}

/**
 * Curation's relationship writes of several types in one statement (one round trip): each type's
 * rows are the parameter named after it (`$STATED`), each written in a subquery of its own, which
 * leaves the statement's one row as it is when that type has no rows.
 */
export function mergeRelationshipsOfTypesStatement(types: readonly RelationshipType[]): string {
  return types.map((type) => `CALL () {\n     ${curatedMerge(type, `$${type}`)}\n   }`).join('\n   ');
}

/** The seed loader's statement for relationships of `type` (see LOAD_RELATIONSHIPS). */
export function loadRelationshipsStatement(
  type: RelationshipType,
  { graphWasEmpty }: { readonly graphWasEmpty: boolean },
): string {
  return graphWasEmpty ? LOAD_RELATIONSHIPS_INTO_EMPTY_GRAPH[type] : LOAD_RELATIONSHIPS[type];
}

export function dropUndeclaredStatement(type: RelationshipType): string {
  return DROP_UNDECLARED[type];
}

export function ownerSideOf(type: RelationshipType): 'from' | 'to' {
  return OWNER_SIDE[type];
}
