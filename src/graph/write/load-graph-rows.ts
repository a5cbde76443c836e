import type { GraphDatabase, TransactionRunner } from '../graph-database';
import { isFactType, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph-model';
import { writeContributionsStatement } from './fact-contribution-statements';
import { withdrawStaleContributions } from './withdraw-stale-contributions';
import { REDIRECT_APPEARANCE_IDS, REDIRECT_FORMER_IDS, RELEASE_APPEARANCE_IDS } from './former-id-statements';
import { AWAIT_INDEXES, GRAPH_SCHEMA_STATEMENTS, NODE_ID_CONSTRAINT } from './graph-schema-statements';
import {
  dropUndeclaredStatement,
  loadNodesStatement,
  loadRelationshipsStatement,
  ownerSideOf,
  OWNER_LABELS,
  runInBatches,
  type NodeRowParameter,
  type RelationshipRowParameter,
  type WriteCounts,
} from './merge-statements';
import { lockChangeLog, recordChange } from './record-change';

export interface GraphRowsParameter {
  readonly nodes: Readonly<Record<NodeLabel, readonly NodeRowParameter[]>>;
  readonly relationships: Readonly<Record<RelationshipType, readonly RelationshipRowParameter[]>>;
  /** Ids of claim entries that are appearances of another claim, and that claim (docs/sources.md). */
  readonly claimRedirects?: readonly { readonly id: string; readonly into: string }[];
}

export type LoadProgress = (done: number, total: number) => void;

/**
 * What one call writes. A streamed load writes every file's nodes first ('nodes') and then every
 * file's relationships ('relationships'), so a relationship never waits for a node of a later
 * batch; the relationships pass still needs the batch's node rows to know the owners.
 */
export type LoadPart = 'all' | 'nodes' | 'relationships';

export interface LoadGraphRowsOptions {
  readonly progress?: LoadProgress;
  /** Which rows to write; 'all' by default. */
  readonly part?: LoadPart;
  /** The load started from an empty graph (see below); false by default. */
  readonly graphWasEmpty?: boolean;
  /** Record the load in the change log, in the same transaction; not recorded when absent. */
  readonly record?: LoadRecord;
}

/** How a load appears in the change log: one change per load, not one per node. */
export interface LoadRecord {
  readonly subject: string;
  /** The loaded sources (a load's nodes can be millions; its sources say what it was). */
  readonly nodeIds: readonly string[];
  /** What was loaded, e.g. files and row counts; stored as the change's `after`. */
  readonly summary: Readonly<Record<string, unknown>>;
}

export const SEED_LOAD_KIND = 'seedLoad';

const BATCH_SIZE = 2_000;

/**
 * Creates only the constraint the loader's writes seek nodes by, and waits until it is online.
 * A load runs this before writing and `ensureGraphSchema` after: on a graph without the other
 * indexes (a first load), Neo4j then builds them once over all the data, which costs far less
 * than updating them, full-text ones included, in every write transaction.
 */
export async function ensureNodeIdConstraint(database: GraphDatabase): Promise<void> {
  await database.runAutoCommit(NODE_ID_CONSTRAINT);
  await database.runAutoCommit(AWAIT_INDEXES);
}

/** Creates the constraints and indexes the graph relies on, and waits until they are online. */
export async function ensureGraphSchema(database: GraphDatabase): Promise<void> {
  for (const statement of GRAPH_SCHEMA_STATEMENTS) await database.runAutoCommit(statement);
  await database.runAutoCommit(AWAIT_INDEXES);
}

/**
 * Writes validated rows in ONE transaction: either all of it is in the graph afterwards or none.
 * Nodes and relationships are MERGEd on their ids, and relationships that a reloaded owner no
 * longer declares are removed, so loading the same rows twice changes nothing. A fact holds the
 * share of every source that states it: a reloaded source's share replaces what it had, and a
 * source's share of a fact its file no longer states is withdrawn (docs/sources.md).
 *
 * `graphWasEmpty` says the load started from an empty graph (a reset) and its ids are unique
 * (validated). Then there is nothing to remove: a relationship is declared only by its owner's
 * file, so when the owner's rows are written no relationship of that owner exists yet, and the
 * removal, an index seek and an expansion per owner and type, is skipped; and with nothing
 * curated, merged or versioned yet, nodes and relationships are written without those checks.
 */
export async function loadGraphRows(
  database: GraphDatabase,
  rows: GraphRowsParameter,
  { progress = () => undefined, part = 'all', graphWasEmpty = false, record }: LoadGraphRowsOptions = {},
): Promise<WriteCounts> {
  const total =
    NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) +
    RELATIONSHIP_TYPES.reduce((sum, type) => sum + rows.relationships[type].length, 0);
  return database.writeTransaction(async (run) => {
    // Fresh counters per attempt: the driver may retry this function after a transient error.
    const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, queries: 0 };
    // Taken first, so the load and curation writes do not interleave (see LOCK_CHANGE_LOG).
    const sequence = record === undefined ? null : await lockChangeLog(run);
    let done = 0;
    if (part !== 'relationships' && !graphWasEmpty) await prepareReload(run, rows, counts);
    for (const label of part === 'relationships' ? [] : NODE_LABELS) {
      await runInBatches(
        run,
        {
          statement: loadNodesStatement(label, { graphWasEmpty }),
          key: 'rows',
          rows: rows.nodes[label],
          batchSize: BATCH_SIZE,
        },
        counts,
      );
      done += rows.nodes[label].length;
      progress(done, total);
    }
    if (part !== 'relationships') await redirectClaimIds(run, rows, counts);
    for (const type of part === 'nodes' ? [] : RELATIONSHIP_TYPES) {
      // A fact is withdrawn by its sources' ledgers (above), not by the node that declares it.
      if (!graphWasEmpty && !isFactType(type))
        await runInBatches(
          run,
          {
            statement: dropUndeclaredStatement(type),
            key: 'owners',
            rows: ownersOf(rows, type),
            batchSize: BATCH_SIZE,
          },
          counts,
        );
      await runInBatches(
        run,
        {
          statement: isFactType(type)
            ? writeContributionsStatement(type, { graphWasEmpty })
            : loadRelationshipsStatement(type, { graphWasEmpty }),
          key: 'rows',
          rows: isFactType(type) ? joinFactRows(rows.relationships[type]) : rows.relationships[type],
          batchSize: BATCH_SIZE,
        },
        counts,
      );
      done += rows.relationships[type].length;
      progress(done, total);
    }
    if (sequence !== null && record !== undefined) await recordChange(run, sequence, loadChangeDraft(record));
    return counts;
  });
}

/**
 * Before a reload's nodes: each source's share of the facts it no longer states is withdrawn, and
 * claims that were appearances and are claims of their own again lose their redirects.
 */
async function prepareReload(run: TransactionRunner, rows: GraphRowsParameter, counts: WriteCounts): Promise<void> {
  await withdrawStaleContributions(run, rows.nodes.Source, counts);
  await runBookkeeping(run, { statement: RELEASE_APPEARANCE_IDS, rows: rows.nodes.Claim }, counts);
}

/** After the nodes: renamed claims' former ids and appearances' ids lead to their claims. */
async function redirectClaimIds(run: TransactionRunner, rows: GraphRowsParameter, counts: WriteCounts): Promise<void> {
  await runBookkeeping(run, { statement: REDIRECT_FORMER_IDS, rows: rows.nodes.Claim }, counts);
  await runBookkeeping(run, { statement: REDIRECT_APPEARANCE_IDS, rows: rows.claimRedirects ?? [] }, counts);
}

/**
 * Runs a statement over MergedId bookkeeping (REDIRECT_FORMER_IDS and the appearance redirects),
 * in the load's transaction. A MergedId is bookkeeping, not a graph node: only its queries count.
 */
async function runBookkeeping(
  run: TransactionRunner,
  { statement, rows }: { readonly statement: string; readonly rows: readonly unknown[] },
  counts: WriteCounts,
): Promise<void> {
  const redirects: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, queries: 0 };
  await runInBatches(run, { statement, key: 'rows', rows, batchSize: BATCH_SIZE }, redirects);
  counts.queries += redirects.queries;
}

/** Records a load written in several transactions (a streamed load), in a transaction of its own. */
export async function recordLoad(database: GraphDatabase, record: LoadRecord): Promise<void> {
  await database.writeTransaction(async (run) => {
    await recordChange(run, await lockChangeLog(run), loadChangeDraft(record));
  });
}

function loadChangeDraft(record: LoadRecord) {
  return {
    kind: SEED_LOAD_KIND,
    subject: record.subject,
    writeKey: null,
    nodeIds: record.nodeIds,
    before: {},
    after: record.summary,
  };
}

/**
 * One row per fact: the rows of several files stating one fact are joined, their shares listed
 * together and their own properties merged (a value given wins over one not given), because one
 * statement cannot read back what an earlier row of it wrote to the same relationship.
 */
function joinFactRows(rows: readonly RelationshipRowParameter[]): RelationshipRowParameter[] {
  const joined = new Map<string, RelationshipRowParameter>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}`;
    const earlier = joined.get(key);
    joined.set(
      key,
      earlier === undefined
        ? row
        : {
            from: row.from,
            to: row.to,
            properties: { ...earlier.properties, ...row.properties },
            contributions: [...(earlier.contributions ?? []), ...(row.contributions ?? [])],
          },
    );
  }
  return [...joined.values()];
}

/** Every loaded node that declares relationships of `type`, with the other ends it declares now. */
function ownersOf(rows: GraphRowsParameter, type: RelationshipType): { id: string; keep: string[] }[] {
  const keep = new Map<string, string[]>();
  for (const label of OWNER_LABELS[type]) for (const node of rows.nodes[label]) keep.set(node.id, []);
  const ownerSide = ownerSideOf(type);
  for (const relationship of rows.relationships[type]) {
    const owner = ownerSide === 'from' ? relationship.from : relationship.to;
    const other = ownerSide === 'from' ? relationship.to : relationship.from;
    keep.get(owner)?.push(other);
  }
  return [...keep].map(([id, others]) => ({ id, keep: others }));
}

const DELETE_ALL = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** Deletes every node and relationship, in batches so a large graph does not exhaust memory. */
export async function deleteWholeGraph(database: GraphDatabase): Promise<void> {
  await database.runAutoCommit(DELETE_ALL);
}
