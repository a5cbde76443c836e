import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** What field collection needs of the operation: its schema, fragments and variable values. */
export interface CollectContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/**
 * The fields selected on an object of `type` by the sub-selections of `nodes`, grouped by response
 * key in the order they first appear: the spec's CollectFields over each node's selection set,
 * with `@skip`/`@include` evaluated and fragments applied where their type condition holds
 * (`type` itself, or an interface or union it belongs to). A fragment is visited once per call.
 */
export function collectSubfields(
  context: CollectContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(context, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(context, selection.typeCondition, type)) collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = context.fragments[name];
        if (visitedFragments.has(name) || fragment === undefined) continue;
        visitedFragments.add(name);
        if (appliesTo(context, fragment.typeCondition, type)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet !== undefined) collect(node.selectionSet);
  return fields;
}

function isIncluded(context: CollectContext, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const variables = context.variableValues;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function appliesTo(
  context: CollectContext,
  condition: InlineFragmentNode['typeCondition'],
  type: GraphQLObjectType,
): boolean {
  if (condition === undefined) return true;
  const conditionType = typeFromAST(context.schema, condition);
  if (conditionType === type) return true;
  return conditionType !== undefined && isAbstractType(conditionType) && context.schema.isSubType(conditionType, type);
}
