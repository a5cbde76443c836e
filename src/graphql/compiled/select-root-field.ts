import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { QueryLimits } from '../../config/load-config';
import type { FieldSelection, RootSelection } from '../../graph/compile/selection';
import { checkFieldArguments } from './check-field-arguments';
import { collectSubfields } from './collect-fields';

/**
 * The selection of the root field being resolved, as the query compiler takes it: fragments
 * applied, `@skip`/`@include` evaluated, each field's arguments coerced by graphql-js (defaults
 * included) and checked, so an argument out of bounds anywhere in the tree is refused before any
 * query is sent.
 */
export function selectRootField(info: GraphQLResolveInfo, limits: QueryLimits): RootSelection {
  const selection = selectField(info, { parentType: info.parentType, nodes: info.fieldNodes }, limits);
  if (selection.children === null) throw new Error(`${info.fieldName} has no sub-selection`);
  return { ...selection, children: selection.children };
}

/**
 * The selection of the field being resolved, read as the compiler's root `field` with `args`:
 * a mutation payload's node as `node(id)`, a change record as `change(sequence)`, so objects
 * that writes and subscriptions hand over are read in the response's shape like any other.
 */
export function selectFieldAs(
  info: GraphQLResolveInfo,
  limits: QueryLimits,
  root: { readonly field: string; readonly args: Readonly<Record<string, unknown>> },
): RootSelection {
  const selection = selectRootField(info, limits);
  return { ...selection, field: root.field, args: root.args };
}

/**
 * The arguments a field node gives a value: written in the operation, or a variable the request
 * provides (a variable it leaves out makes graphql-js use the argument's default). So
 * `people(last: 5)` can be told from `people(first: 20, last: 5)`, though both coerce to
 * `first: 20`.
 */
function writtenArguments(node: FieldNode, variables: GraphQLResolveInfo['variableValues']): Set<string> {
  const written = new Set<string>();
  for (const argument of node.arguments ?? []) {
    const value = argument.value;
    if (value.kind === Kind.NULL) continue;
    if (value.kind === Kind.VARIABLE && (variables[value.name.value] ?? null) === null) continue;
    written.add(argument.name.value);
  }
  return written;
}

function selectField(
  info: GraphQLResolveInfo,
  { parentType, nodes }: { readonly parentType: GraphQLObjectType; readonly nodes: readonly FieldNode[] },
  limits: QueryLimits,
): FieldSelection {
  const first = nodes[0] as FieldNode;
  const definition = parentType.getFields()[first.name.value] as GraphQLField<unknown, unknown>;
  const args = checkFieldArguments(
    {
      type: parentType.name,
      field: definition.name,
      raw: getArgumentValues(definition, first, info.variableValues),
      declared: new Set(definition.args.map((argument) => argument.name)),
      written: writtenArguments(first, info.variableValues),
    },
    limits,
  );
  const key = first.alias?.value ?? first.name.value;
  const returnType = getNamedType(definition.type);
  if (isLeafType(returnType)) return { key, field: definition.name, args, children: null };
  const possible = isAbstractType(returnType)
    ? info.schema.getPossibleTypes(returnType)
    : [returnType as GraphQLObjectType];
  const children = new Map<string, readonly FieldSelection[]>();
  for (const type of possible) {
    const fields = collectSubfields(info, type, nodes);
    const selected: FieldSelection[] = [];
    for (const [name, fieldNodes] of fields) {
      // graphql-js answers __typename itself, from the type __resolveType returns.
      if (name !== '__typename' && (fieldNodes[0] as FieldNode).name.value !== '__typename')
        selected.push(selectField(info, { parentType: type, nodes: fieldNodes }, limits));
    }
    children.set(type.name, selected);
  }
  return { key, field: definition.name, args, children };
}
