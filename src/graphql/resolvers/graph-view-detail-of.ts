import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { GraphViewDetail } from '../../graph/graph-view';

/**
 * The detail a `Graph`-returning field must fetch: `full` when the selection reads `properties`
 * of its nodes or edges (through any alias, fragment or inline fragment), `summary` otherwise.
 * `@skip`/`@include` are not evaluated: a conditional `properties` counts as selected, which only
 * costs a larger fetch, never a missing value.
 */
export function graphViewDetailOf(info: GraphQLResolveInfo): GraphViewDetail {
  for (const graphField of info.fieldNodes) {
    for (const part of fieldsOf(graphField.selectionSet, info.fragments)) {
      if (part.name.value !== 'nodes' && part.name.value !== 'edges') continue;
      if (fieldsOf(part.selectionSet, info.fragments).some((field) => field.name.value === 'properties')) return 'full';
    }
  }
  return 'summary';
}

/** The fields of a selection set, with fragments spread in. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, fragments));
    else fields.push(...fieldsOf(fragments[selection.name.value]?.selectionSet, fragments));
  }
  return fields;
}
