import neo4j from 'neo4j-driver';
import { unlessDraft } from '../draft-visibility';
import { quoteKey, type CompileScope } from './compile-scope';
import { hideRetracted, type WhereInput } from './compile-where';
import { compileAnchoredWhere } from './root-claims';
import { childrenOf, type RootSelection } from './selection';

/**
 * How each grouping finds a claim `m`'s groups: the key, and the node (`g`) when there is one.
 * Each yields a claim at most once per group, so groups count rows, not distinct claims (16% of
 * Neo4j's CPU for a hub's speakers at 1M nodes): every write MERGEs relationships, so two nodes
 * share at most one of each type, and a claim's sources of one month are made distinct here.
 */
const GROUPINGS: Readonly<Record<string, string>> = {
  SPEAKER: 'MATCH (g)-[:STATED]->(m) WITH m, g, g.id AS key',
  SUBJECT: 'MATCH (m)-[:ABOUT]->(g) WITH m, g, g.id AS key',
  SOURCE: 'MATCH (m)-[:APPEARS_IN]->(g:Source) WITH m, g, g.id AS key',
  KIND: 'WITH m, null AS g, m.kind AS key',
  MONTH:
    'MATCH (m)-[:APPEARS_IN]->(s:Source) WHERE s.published IS NOT NULL WITH DISTINCT m, null AS g, substring(s.published, 0, 7) AS key',
};

/**
 * `claimGroups`: the claims that match `where`, counted per group, largest first (ties by key),
 * each group projected as the ClaimGroup selection asks (`node` null for kinds and months).
 */
export function claimGroupsQuery(selection: RootSelection, prefix: string, scope: CompileScope): string {
  const grouping = GROUPINGS[selection.args.by as string];
  if (grouping === undefined) throw new Error(`No claim grouping ${String(selection.args.by)}`);
  const where = selection.args.where as WhereInput | undefined;
  const parameters = scope.parametersOf(selection);
  // The claims are found as the claims list finds them: from one speaker, one subject or the
  // full-text index when the where names one, so a group of a hub's claims never scans them all.
  const { clauses, predicate: rest } = compileAnchoredWhere(where, { prefix, parameters });
  const first = parameters.bind(`${prefix}_first`, (field) => neo4j.int(field.args.first as number));
  const conditions = [rest, hideRetracted(where, 'm'), unlessDraft('m')].filter((condition) => condition !== null);
  const predicate = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const entries: string[] = [];
  for (const fields of selection.children.values())
    for (const field of fields) {
      const value =
        field.field === 'node'
          ? `CASE WHEN g IS NULL THEN null ELSE ${scope.projectNode('g', childrenOf(field), scope)} END`
          : field.field;
      entries.push(`${quoteKey(field.key)}: ${value}`);
    }
  return `${clauses.start}
    ${clauses.match} ${predicate}
    ${grouping}
    WHERE g IS NULL OR ${unlessDraft('g')}
    WITH key, g, count(m) AS count ORDER BY count DESC, key LIMIT ${first}
    RETURN collect({${entries.join(', ')}}) AS result`;
}
