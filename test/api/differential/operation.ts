import { RELATIONS, SCALARS, type Order, type RelationField } from './field-catalogue';
import type { ReferenceGraph, ReferenceNode } from './reference-graph';
import { comparatorOf, type SortTerm } from './reference-order';
import { matchesWhere, type Where } from './reference-where';

/**
 * A generated read: what to select of each node type, rendered as GraphQL for the server and
 * answered by the reference from the in-memory graph.
 */
export interface NodeSelection {
  /** Per concrete type, the fields picked when the node is of that type. */
  readonly byType: Readonly<Record<string, readonly Pick[]>>;
}

export type Pick =
  | { readonly kind: 'scalar'; readonly field: string }
  | {
      readonly kind: 'relation';
      readonly field: string;
      readonly child: NodeSelection;
      /**
       * For connections: the page size (`first`, or `last` for the page at the end), an
       * optional claims filter and an optional order.
       */
      readonly first?: number;
      readonly last?: number;
      readonly where?: Where;
      readonly orderBy?: readonly SortTerm[];
    };

/** Renders a node selection; `variables` receives each nested where under a fresh name. */
export function renderNode(selection: NodeSelection, variables: Map<string, Where>): string {
  const branches = Object.entries(selection.byType).map(
    ([type, picks]) =>
      `... on ${type} { ${picks.map((pick) => renderKeyed({ selection, type, pick }, variables)).join(' ')} }`,
  );
  return `__typename ${branches.join(' ')}`;
}

/**
 * The response key of a pick: fields of the same name in sibling fragments may differ in type
 * (Event.kind is a String, Claim.kind an enum), which GraphQL forbids under one key, so picks
 * of a selection with several types are aliased per type.
 */
function keyOf(selection: NodeSelection, type: string, pick: Pick): string {
  return Object.keys(selection.byType).length > 1 ? `${pick.field}_${type}` : pick.field;
}

function renderKeyed(
  { selection, type, pick }: { readonly selection: NodeSelection; readonly type: string; readonly pick: Pick },
  variables: Map<string, Where>,
): string {
  const key = keyOf(selection, type, pick);
  return `${key === pick.field ? '' : `${key}: `}${renderPick(type, pick, variables)}`;
}

function renderPick(type: string, pick: Pick, variables: Map<string, Where>): string {
  if (pick.kind === 'scalar') return pick.field;
  const field = (RELATIONS[type] as Record<string, RelationField>)[pick.field] as RelationField;
  const child = renderNode(pick.child, variables);
  if (field.kind === 'list') return `${pick.field} { ${child} }`;
  if (field.kind === 'wrapped')
    return `${pick.field} { ${field.relationshipFields.join(' ')} ${field.node} { ${child} } }`;
  let where = '';
  if (pick.where !== undefined) {
    const name = `w${variables.size}`;
    variables.set(name, pick.where);
    where = `, where: $${name}`;
  }
  const size = pick.last === undefined ? `first: ${pick.first ?? 10}` : `last: ${pick.last}`;
  return `${pick.field}(${size}${where}${renderOrder(pick.orderBy)}) {
    totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { ${child} } } }`;
}

/** `, orderBy: [{published: DESC}, …]` as a literal, or nothing for the default order. */
export function renderOrder(order: readonly SortTerm[] | undefined): string {
  if (order === undefined) return '';
  return `, orderBy: [${order.map((term) => `{${term.field}: ${term.direction}}`).join(', ')}]`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Item = { node: ReferenceNode; relationship: { properties: Readonly<Record<string, unknown>>; to: string } };

/** The orders the SDL promises, missing values last (as Cypher sorts nulls). */
function sortKey(order: Order, item: Item): string[] {
  const properties = item.node.properties;
  switch (order) {
    case 'id':
      return [item.node.id];
    case 'name':
      return [String(properties.name), item.node.id];
    case 'chronological':
      return [(properties.startsOn as string | undefined) ?? '9999', item.node.id];
    case 'published':
      return [(properties.published as string | undefined) ?? '\uffff', item.node.id];
    case 'evidence':
      return [item.node.id, String(item.relationship.properties.start).padStart(9, '0')];
  }
}

export function sortItems(order: Order, items: Item[]): Item[] {
  return [...items].sort((a, b) => {
    const left = sortKey(order, a);
    const right = sortKey(order, b);
    for (let index = 0; index < left.length; index += 1) {
      const difference = compareStrings(left[index] as string, right[index] as string);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}

/** The expected response value of a node for a selection. */
export function answerNode(
  graph: ReferenceGraph,
  node: ReferenceNode,
  selection: NodeSelection,
): Record<string, unknown> {
  const answer: Record<string, unknown> = { __typename: node.type };
  for (const pick of selection.byType[node.type] ?? []) {
    const key = keyOf(selection, node.type, pick);
    if (pick.kind === 'scalar') answer[key] = node.properties[pick.field] ?? null;
    else answer[key] = answerRelation(graph, node, pick);
  }
  return answer;
}

function answerRelation(graph: ReferenceGraph, node: ReferenceNode, pick: Pick & { kind: 'relation' }): unknown {
  const field = (RELATIONS[node.type] as Record<string, RelationField>)[pick.field] as RelationField;
  const related = graph.neighbours(node.id, field.type, field.direction);
  if (field.kind === 'page') {
    const kept = related
      .map((item) => item.node)
      .filter((claim) => pick.where === undefined || matchesWhere(graph, { kind: 'Claim', where: pick.where }, claim))
      .sort(comparatorOf(graph, 'Claim', pick.orderBy));
    // `last` takes the end of the list, in the list's order: the page at the end.
    const first = pick.first ?? 10;
    const shown = pick.last === undefined ? kept.slice(0, first) : kept.slice(Math.max(0, kept.length - pick.last));
    return {
      totalCount: kept.length,
      pageInfo: {
        hasNextPage: pick.last === undefined && kept.length > first,
        hasPreviousPage: pick.last !== undefined && kept.length > pick.last,
      },
      edges: shown.map((claim) => ({ node: answerNode(graph, claim, pick.child) })),
    };
  }
  const sorted = sortItems(field.order, related);
  if (field.kind === 'list') {
    const nodes = sorted.map((item) => answerNode(graph, item.node, pick.child));
    return field.single === true ? (nodes[0] ?? null) : nodes;
  }
  return sorted.map((item) => ({
    ...Object.fromEntries(field.relationshipFields.map((name) => [name, item.relationship.properties[name] ?? null])),
    [field.node]: answerNode(graph, item.node, pick.child),
  }));
}

export { SCALARS };
