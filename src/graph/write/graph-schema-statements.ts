import { ANY_NODE_LABEL, NODE_LABELS } from '../graph-model';
import { CHANGE_LOG_SCHEMA_STATEMENTS } from '../change-log-statements';

/** The constraint every write of the loader finds nodes by (`MERGE (n:Node {id: ...})`). */
export const NODE_ID_CONSTRAINT = `CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:${ANY_NODE_LABEL}) REQUIRE n.id IS UNIQUE`;

/**
 * The constraints and indexes the queries rely on. Every statement is idempotent
 * (`IF NOT EXISTS`), so applying them on every load is harmless.
 *
 * - A uniqueness constraint on `id` per label, and on the `Node` label every node carries, so a
 *   lookup by id of unknown type is an index seek.
 * - Range indexes behind the orderings of the root connections and the timeline, and on the
 *   review status (drafts are hidden from readers, see draft-visibility.ts).
 * - The change log's constraints and index (change-log-statements.ts).
 * - Full-text indexes (Lucene, `standard-folding`: case- and accent-insensitive) over names and
 *   aliases, and over claim text and quotes.
 */
export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [
  NODE_ID_CONSTRAINT,
  ...NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
  'CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)',
  'CREATE INDEX event_starts_on IF NOT EXISTS FOR (n:Event) ON (n.startsOn)',
  'CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind)',
  'CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published)',
  // Drafts per label, which an unfiltered count takes off the label's count (root-lists.ts).
  ...NODE_LABELS.map(
    (label) => `CREATE INDEX ${label.toLowerCase()}_review_status IF NOT EXISTS FOR (n:${label}) ON (n.reviewStatus)`,
  ),
  `CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Person|Organization|Place|Event|Source)
     ON EACH [n.name, n.aliases, n.title]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  `CREATE FULLTEXT INDEX claim_search IF NOT EXISTS FOR (n:Claim)
     ON EACH [n.text, n.quote]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  ...CHANGE_LOG_SCHEMA_STATEMENTS,
  // Ids of entities merged into others (mergeEntities), which node(id) follows.
  'CREATE CONSTRAINT merged_id_unique IF NOT EXISTS FOR (r:MergedId) REQUIRE r.id IS UNIQUE',
  'CREATE INDEX merged_id_into IF NOT EXISTS FOR (r:MergedId) ON (r.into)',
];

/** Waits for new indexes to come online, so queries right after a load can use them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
