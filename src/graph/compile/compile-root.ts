import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../graph-model';
import { unlessDraft } from '../draft-visibility';
import { toLuceneQuery } from '../to-lucene-query';
import { sortKeyOf } from './compile-keyset';
import { CompileScope, quoteKey, type CompiledPlan, type FieldParameters } from './compile-scope';
import { projectChange } from './project-change';
import { projectNode } from './project-node';
import { asksTotal, projectPageItem } from './project-claim-page';
import { claimGroupsQuery } from './root-claim-groups';
import { claimsQuery, type ClaimListArguments } from './root-claims';
import { isRootList, rootListQuery, rootListTarget, type RootListArguments } from './root-lists';
import { argumentsOf, childrenOf, type FieldSelection, type RootSelection } from './selection';
import { compileWhere, type WhereInput } from './compile-where';
import { whereParameters } from './where-parameters';

/** The checked arguments of `search`. */
export interface SearchArguments {
  readonly text: string;
  readonly labels?: readonly NodeLabel[];
  /** A ReviewWhere: which review marks the hits must have. */
  readonly review?: WhereInput;
  readonly first: number;
}

// Both full-text indexes are asked for `candidates` hits each; the label filter applies before
// the final limit, so with a filter they are asked for more. `labels` stays a parameter (null
// for all), so a search with and one without a filter share the text.
function searchHits(prefix: string, parameters: FieldParameters, review: string): string {
  const search = (field: FieldSelection) => argumentsOf<SearchArguments>(field);
  const lucene = parameters.bind(`${prefix}_lucene`, (field) => toLuceneQuery(search(field).text, 'any'));
  // Filtering by label happens after the index lookups, so ask them for more candidates.
  const candidates = parameters.bind(`${prefix}_candidates`, (field) => {
    const { first, labels } = search(field);
    return neo4j.int(labels === undefined ? first : first * 5);
  });
  const labels = parameters.bind(`${prefix}_labels`, (field) => search(field).labels ?? null);
  const limit = parameters.bind(`${prefix}_limit`, (field) => neo4j.int(search(field).first));
  return `
  CALL () {
    CALL db.index.fulltext.queryNodes('name_search', ${lucene}, {limit: ${candidates}}) YIELD node, score
    RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('claim_search', ${lucene}, {limit: ${candidates}}) YIELD node, score
    RETURN node, score
  }
  WITH node AS m, score
  WHERE (${labels} IS NULL OR any(label IN labels(m) WHERE label IN ${labels}))
    AND ${unlessDraft('m')} AND ${review}
  WITH m, score ORDER BY score DESC, m.id LIMIT ${limit}`;
}

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
  const parameters = scope.parametersOf(selection);
  const changes = (field: FieldSelection) => argumentsOf<ChangesArguments>(field);
  const after = parameters.bind(`${prefix}_after`, (field) => neo4j.int(changes(field).after));
  const first = parameters.bind(`${prefix}_first`, (field) => neo4j.int(changes(field).first));
  const subject =
    args.where?.subject === undefined
      ? ''
      : `AND c.subject = ${parameters.bind(`${prefix}_subject`, (field) => changes(field).where?.subject)}`;
  const match =
    args.where?.node === undefined
      ? `MATCH (c:Change) WHERE c.sequence > ${after} ${subject}`
      : `MATCH (t:ChangeTouch {nodeId: ${parameters.bind(`${prefix}_node`, (field) => changes(field).where?.node)}}) WHERE t.sequence > ${after}
         MATCH (c:Change {sequence: t.sequence}) WHERE true ${subject}
         WITH DISTINCT c`;
  return `CALL () {
      ${match}
      WITH c ORDER BY c.sequence LIMIT ${first}
      RETURN collect(${projectChange('c', selection, scope)}) AS result
    }
    RETURN result`;
}

/**
 * The plan of one root field: one statement returning one column, `result`, already in the
 * response's shape (one row; for `nodes`, one row per id found, with its `id`), and how to bind
 * its parameters for any request of the same shape (see shapeOf). The text depends only on the
 * shape, never on argument values; both come from this one walk of the selection.
 */
export function compileRoot(selection: RootSelection): CompiledPlan {
  const scope = new CompileScope(projectNode, selection);
  return scope.planOf(compileRootText(selection, scope));
}

function compileRootText(selection: RootSelection, scope: CompileScope): string {
  const prefix = scope.nextParameterGroup();
  const parameters = scope.parametersOf(selection);
  const withTotal = asksTotal(selection);
  const item = () => projectPageItem({ variable: 'm', key: pageKeyOf(selection, prefix) }, selection, scope);
  switch (selection.field) {
    case 'node': {
      const id = parameters.bind(`${prefix}_id`, (field) => field.args.id);
      return `WITH ${id} AS id ${FOLLOW_MERGED_ID} RETURN ${projectNode('m', selection.children, scope)} AS result`;
    }
    case 'nodes': {
      const ids = parameters.bind(`${prefix}_ids`, (field) => field.args.ids);
      return `UNWIND ${ids} AS id ${FOLLOW_MERGED_ID} RETURN id, ${projectNode('m', selection.children, scope)} AS result`;
    }
    case 'changes':
      return changesQuery(selection, prefix, scope);
    case 'change': {
      const sequence = parameters.bind(`${prefix}_sequence`, (field) => neo4j.int(field.args.sequence as number));
      return `MATCH (c:Change {sequence: ${sequence}}) RETURN ${projectChange('c', selection, scope)} AS result`;
    }
    case 'search':
      return `${searchHits(prefix, parameters, searchReview(selection, prefix, parameters))} RETURN collect(${projectSearchHit(selection, scope)}) AS result`;
    case 'claimGroups':
      return claimGroupsQuery(selection, prefix, scope);
    case 'claims':
      return claimsQuery({
        item: item(),
        prefix,
        args: argumentsOf<ClaimListArguments>(selection),
        withTotal,
        parameters,
      });
    default:
      if (isRootList(selection.field))
        return rootListQuery({
          list: selection.field,
          item: item(),
          prefix,
          args: argumentsOf<RootListArguments>(selection),
          withTotal,
          parameters,
        });
      throw new Error(`The query compiler has no root field ${selection.field}`);
  }
}

/** The condition of `search(review:)` on hit `m` ('true' without it); its values read from each request's argument. */
function searchReview(selection: RootSelection, prefix: string, parameters: FieldParameters): string {
  const review = argumentsOf<SearchArguments>(selection).review;
  if (review === undefined) return 'true';
  const sink = whereParameters(parameters, prefix, (field) => ({ review: argumentsOf<SearchArguments>(field).review }));
  return compileWhere({ kind: 'Node', where: { review } }, 'm', sink);
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
