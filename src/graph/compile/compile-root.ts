import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../graph-model';
import { DRAFTS_PARAMETER, unlessDraft, type DraftVisibility } from '../draft-visibility';
import { toLuceneQuery } from '../to-lucene-query';
import { bindNodeParameters, bindPageItemParameters, ParameterBinder } from './bind-parameters';
import { sortKeyOf } from './compile-keyset';
import { CompileScope, quoteKey } from './compile-scope';
import { forEachChangeNodeSelection, projectChange } from './project-change';
import { projectNode } from './project-node';
import { asksTotal, projectPageItem } from './project-claim-page';
import { compileWhere, WhereSink, type WhereInput } from './compile-where';
import { bindClaimGroups, claimGroupsQuery } from './root-claim-groups';
import { bindClaims, claimsQuery, type ClaimListArguments } from './root-claims';
import { bindRootList, isRootList, rootListQuery, rootListTarget, type RootListArguments } from './root-lists';
import { argumentsOf, childrenOf, type RootSelection } from './selection';

/** The checked arguments of `search`. */
export interface SearchArguments {
  readonly text: string;
  readonly labels?: readonly NodeLabel[];
  /** A ReviewWhere: which review marks the hits must have. */
  readonly review?: WhereInput;
  readonly first: number;
}

// Both full-text indexes are asked for `candidates` hits each; the label filter applies before
// the final limit, so with a filter they are asked for more.
const SEARCH_HITS = (prefix: string, review: string) => `
  CALL () {
    CALL db.index.fulltext.queryNodes('name_search', $${prefix}_lucene, {limit: $${prefix}_candidates}) YIELD node, score
    RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('claim_search', $${prefix}_lucene, {limit: $${prefix}_candidates}) YIELD node, score
    RETURN node, score
  }
  WITH node AS m, score
  WHERE ($${prefix}_labels IS NULL OR any(label IN labels(m) WHERE label IN $${prefix}_labels))
    AND ${unlessDraft('m')} AND ${review}
  WITH m, score ORDER BY score DESC, m.id LIMIT $${prefix}_limit`;

/**
 * Finds node `m` by `id`, following an id merged into another entity (mergeEntities) to that
 * entity, so links and exports that used the old id keep working.
 */
const FOLLOW_MERGED_ID = `
  OPTIONAL MATCH (direct:Node {id: id})
  OPTIONAL MATCH (merged:MergedId {id: id})
  WITH id, coalesce(direct.id, merged.into) AS found
  MATCH (m:Node {id: found}) WHERE ${unlessDraft('m')}`;

/** The checked arguments of `changes`. */
export interface ChangesArguments {
  readonly after: number;
  readonly first: number;
  readonly where?: { readonly node?: string; readonly subject?: string };
}

/**
 * `changes`: the change log in sequence order after `after`, of anyone or of one subject, and of
 * all nodes or one (by its touches, indexed by node id).
 */
function changesQuery(selection: RootSelection, prefix: string, scope: CompileScope): string {
  const args = argumentsOf<ChangesArguments>(selection);
  const subject = args.where?.subject === undefined ? '' : `AND c.subject = $${prefix}_subject`;
  const match =
    args.where?.node === undefined
      ? `MATCH (c:Change) WHERE c.sequence > $${prefix}_after ${subject}`
      : `MATCH (t:ChangeTouch {nodeId: $${prefix}_node}) WHERE t.sequence > $${prefix}_after
         MATCH (c:Change {sequence: t.sequence}) WHERE true ${subject}
         WITH DISTINCT c`;
  return `CALL () {
      ${match}
      WITH c ORDER BY c.sequence LIMIT $${prefix}_first
      RETURN collect(${projectChange('c', selection, scope)}) AS result
    }
    RETURN result`;
}

function bindChanges(prefix: string, args: ChangesArguments, binder: ParameterBinder): void {
  binder.parameters[`${prefix}_after`] = neo4j.int(args.after);
  binder.parameters[`${prefix}_first`] = neo4j.int(args.first);
  if (args.where?.subject !== undefined) binder.parameters[`${prefix}_subject`] = args.where.subject;
  if (args.where?.node !== undefined) binder.parameters[`${prefix}_node`] = args.where.node;
}

/**
 * The Cypher text of one root field: one statement returning one column, `result`, already in
 * the response's shape (one row; for `nodes`, one row per id found, with its `id`). The text
 * depends only on the selection's shape (see shapeOf), never on argument values.
 */
export function compileRoot(selection: RootSelection): string {
  const scope = new CompileScope(projectNode);
  const prefix = scope.nextParameterGroup();
  const withTotal = asksTotal(selection);
  const item = () => projectPageItem({ variable: 'm', key: pageKeyOf(selection, prefix) }, selection, scope);
  switch (selection.field) {
    case 'node':
      return `WITH $${prefix}_id AS id ${FOLLOW_MERGED_ID} RETURN ${projectNode('m', selection.children, scope)} AS result`;
    case 'nodes':
      return `UNWIND $${prefix}_ids AS id ${FOLLOW_MERGED_ID} RETURN id, ${projectNode('m', selection.children, scope)} AS result`;
    case 'changes':
      return changesQuery(selection, prefix, scope);
    case 'change':
      return `MATCH (c:Change {sequence: $${prefix}_sequence}) RETURN ${projectChange('c', selection, scope)} AS result`;
    case 'search':
      return `${SEARCH_HITS(prefix, searchReview(argumentsOf<SearchArguments>(selection).review, new WhereSink(prefix)))} RETURN collect(${projectSearchHit(selection, scope)}) AS result`;
    case 'claimGroups':
      return claimGroupsQuery(selection, prefix, scope);
    case 'claims':
      return claimsQuery({ item: item(), prefix, args: argumentsOf<ClaimListArguments>(selection), withTotal });
    default:
      if (isRootList(selection.field))
        return rootListQuery({
          list: selection.field,
          item: item(),
          prefix,
          args: argumentsOf<RootListArguments>(selection),
          withTotal,
        });
      throw new Error(`The query compiler has no root field ${selection.field}`);
  }
}

/** The parameters of one request for the text `compileRoot` made of the same shape. */
export function bindRoot(selection: RootSelection, { drafts }: DraftVisibility): ParameterBinder {
  const binder = new ParameterBinder();
  binder.parameters[DRAFTS_PARAMETER] = drafts;
  const prefix = binder.nextGroup();
  const args = selection.args;
  switch (selection.field) {
    case 'node':
      binder.parameters[`${prefix}_id`] = args.id;
      bindNodeParameters(selection.children, binder);
      return binder;
    case 'nodes':
      binder.parameters[`${prefix}_ids`] = args.ids;
      bindNodeParameters(selection.children, binder);
      return binder;
    case 'changes':
      bindChanges(prefix, argumentsOf<ChangesArguments>(selection), binder);
      forEachChangeNodeSelection(selection, (nodes) => bindNodeParameters(nodes, binder));
      return binder;
    case 'change':
      binder.parameters[`${prefix}_sequence`] = neo4j.int(args.sequence as number);
      forEachChangeNodeSelection(selection, (nodes) => bindNodeParameters(nodes, binder));
      return binder;
    case 'search':
      bindSearch(prefix, argumentsOf<SearchArguments>(selection), binder);
      for (const hits of selection.children.values())
        for (const hit of hits) if (hit.field === 'node') bindNodeParameters(childrenOf(hit), binder);
      return binder;
    case 'claimGroups':
      bindClaimGroups(prefix, selection, binder);
      for (const groups of selection.children.values())
        for (const group of groups) if (group.field === 'node') bindNodeParameters(childrenOf(group), binder);
      return binder;
    case 'claims':
      bindClaims(prefix, argumentsOf<ClaimListArguments>(selection), binder);
      break;
    default:
      if (!isRootList(selection.field)) throw new Error(`The query compiler has no root field ${selection.field}`);
      bindRootList({ list: selection.field, prefix, args: argumentsOf<RootListArguments>(selection) }, binder);
  }
  bindPageItemParameters(selection, binder);
  return binder;
}

function bindSearch(prefix: string, args: SearchArguments, binder: ParameterBinder): void {
  binder.parameters[`${prefix}_lucene`] = toLuceneQuery(args.text, 'any');
  binder.parameters[`${prefix}_labels`] = args.labels ?? null;
  searchReview(args.review, new WhereSink(prefix, binder.parameters));
  binder.parameters[`${prefix}_limit`] = neo4j.int(args.first);
  // Filtering by label happens after the index lookups, so ask them for more candidates.
  binder.parameters[`${prefix}_candidates`] = neo4j.int(args.labels === undefined ? args.first : args.first * 5);
}

/** The condition of `search(review:)` on hit `m` ('true' without it), written and bound alike. */
function searchReview(review: WhereInput | undefined, sink: WhereSink): string {
  return review === undefined ? 'true' : compileWhere({ kind: 'Node', where: { review } }, 'm', sink);
}

function projectSearchHit(selection: RootSelection, scope: CompileScope): string {
  const entries: string[] = [];
  for (const hits of selection.children.values())
    for (const hit of hits) {
      if (hit.field === 'score') entries.push(`${quoteKey(hit.key)}: score`);
      else if (hit.field === 'node') entries.push(`${quoteKey(hit.key)}: ${projectNode('m', childrenOf(hit), scope)}`);
    }
  return `{${entries.join(', ')}}`;
}

/** The sort key of a root list's items, `m`, in the order asked for: what its cursors hold. */
function pageKeyOf(selection: RootSelection, prefix: string): string {
  const args = argumentsOf<RootListArguments>(selection);
  const target = isRootList(selection.field)
    ? rootListTarget(selection.field, prefix, args.where)
    : { kind: 'Claim' as const, variable: 'm', prefix };
  return sortKeyOf(target, args.orderBy);
}
