import { unlessDraft } from '../draft-visibility';
import { compileKeyset, pageOfList, sortKeyOf, type KeysetArguments } from './compile-keyset';
import { quoteKey, type CompileScope } from './compile-scope';
import { compileWhere, countDrafts, countRetracted, hideRetracted, type WhereInput } from './compile-where';
import type { ClaimPageSpec } from './field-table';
import { relationshipPattern, type SpecifiedField } from './project-related';
import { argumentsOf, childrenOf, type FieldSelection } from './selection';
import { whereArgumentOf, whereParameters } from './where-parameters';

/**
 * A nested connection of claims in the order asked for (by id unless `orderBy` says otherwise),
 * as a map the connection resolvers read: `items` (at most `first + 1` (or `last + 1`) of
 * `{key, n}`, the extra one telling whether another page exists), the page fields of
 * compileKeyset and, when `totalCount` is asked, `total`. The page is a keyset page, filtered by
 * the field's `where`, in a COLLECT subquery, so it is computed once per parent and never sorts
 * more than the parent's claims. `total` counts relationships without the `:Claim` label: each
 * of these types starts or ends at a claim only, and without the label Neo4j reads the count
 * from the node's degree instead of expanding every relationship.
 */
export function projectClaimPage(
  variable: string,
  { spec, field }: SpecifiedField<ClaimPageSpec>,
  scope: CompileScope,
): string {
  const prefix = scope.nextParameterGroup();
  const { node } = scope.nextVariables();
  const parameters = scope.parametersOf(field);
  const where = field.args.where as WhereInput | undefined;
  const sink = () => whereParameters(parameters, prefix, whereArgumentOf);
  const predicate = where === undefined ? null : compileWhere({ kind: 'Claim', where }, node, sink());
  const args = argumentsOf<KeysetArguments>(field);
  const target = { kind: 'Claim', variable: node, prefix } as const;
  const keyset = compileKeyset(target, args, { fromLabel: false, parameters });
  const retracted = [hideRetracted(where, node), unlessDraft(node)].filter((c) => c !== null).join(' AND ');
  const conditions = [predicate, retracted, ...keyset.conditions].filter((condition) => condition !== null);
  const filter = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const item = projectPageItem({ variable: node, key: sortKeyOf(target, args.orderBy) }, field, scope);
  const hop = { type: spec.relationship, direction: spec.direction };
  const claims = relationshipPattern(variable, hop, `${node}:Claim`);
  if (predicate !== null && asksTotal(field)) {
    // A filtered count must look at each claim, as the page does: one pass collects them, counts
    // the list and pages it, as the root list does (a hub's quotes at 1M nodes: 22 against 28
    // ms of Neo4j CPU). The list is bound by a subquery's WITH: bound by a list comprehension
    // instead, a page sorted by a subquery's value (a claim's source date) fails inside Neo4j 5.26.
    const matched = `${node}s`;
    const filtered = [predicate, retracted].filter((condition) => condition !== null).join(' AND ');
    const page = `COLLECT { ${pageOfList(keyset, { list: matched, variable: node })} RETURN ${item} }`;
    return `head(COLLECT { WITH [${claims} WHERE ${filtered} | ${node}] AS ${matched} RETURN {items: ${page}, ${keyset.pageFields}, total: size(${matched})} })`;
  }
  const page = `COLLECT { MATCH ${claims} ${filter} ${keyset.sortAndLimit} RETURN ${item} }`;
  // An unfiltered count reads the degree and takes off the retracted claims, which are few.
  const counted = `COUNT { ${relationshipPattern(variable, hop, '')} } - ${countRetracted(relationshipPattern(variable, hop, `${node}:Retracted`), node)} - ${countDrafts(relationshipPattern(variable, hop, node), node)}`;
  const total = asksTotal(field) ? `, total: ${counted}` : '';
  return `{items: ${page}, ${keyset.pageFields}${total}}`;
}

/**
 * One item of a page: its sort key (the cursor's content) and, under `n`, the node projected
 * once per `edges` alias and `node` alias, so aliased edges with different selections coexist.
 */
export function projectPageItem(
  { variable, key }: { readonly variable: string; readonly key: string },
  connection: FieldSelection,
  scope: CompileScope,
): string {
  const byEdges: string[] = [];
  for (const fields of childrenOf(connection).values()) {
    for (const edges of fields) {
      if (edges.field !== 'edges') continue;
      const nodes: string[] = [];
      for (const edgeFields of childrenOf(edges).values())
        for (const edgeField of edgeFields)
          if (edgeField.field === 'node')
            nodes.push(`${quoteKey(edgeField.key)}: ${scope.projectNode(variable, childrenOf(edgeField), scope)}`);
      byEdges.push(`${quoteKey(edges.key)}: {${nodes.join(', ')}}`);
    }
  }
  return `{key: ${key}, n: {${byEdges.join(', ')}}}`;
}

/** Whether any alias of the connection selects `totalCount`. */
export function asksTotal(connection: FieldSelection): boolean {
  return [...childrenOf(connection).values()].some((fields) => fields.some((field) => field.field === 'totalCount'));
}
