import type { GraphViewEdge, GraphViewNode } from '../graph/graph-view';

/** What every renamed property name starts with. */
export const CLASHING_PROPERTY_PREFIX = 'property_';

/**
 * Node field names some export format or its reader gives a meaning of its own, and which a
 * property therefore must not take. One list for every format, so a renamed property has the
 * same name in all of them.
 */
export const RESERVED_NODE_FIELDS: ReadonlySet<string> = new Set([
  // Our own fields, and identity: `source`/`target` would make a Cytoscape node read as an edge.
  ...['id', 'key', 'source', 'target', 'type', 'nodeType', 'label', 'degree'],
  // Cytoscape: `parent` makes a node the child of a compound node.
  'parent',
  // d3-force writes `index`, `x`, `y`, `vx`, `vy` and reads `fx`/`fy` as a pinned position.
  ...['index', 'x', 'y', 'vx', 'vy', 'fx', 'fy'],
  // Sigma.js draws with these (and with `type`); graphology-gexf puts GEXF's viz values there.
  ...['size', 'color', 'hidden', 'forceLabel', 'highlighted', 'zIndex', 'image'],
]);

/** Edge field names some export format or its reader gives a meaning of its own, as for nodes. */
export const RESERVED_EDGE_FIELDS: ReadonlySet<string> = new Set([
  ...['id', 'key', 'source', 'target', 'type', 'edgeType', 'label', 'index'],
  ...['size', 'color', 'hidden', 'forceLabel', 'zIndex'],
  // GEXF: `kind` tells parallel edges apart and `weight` is the edge weight.
  ...['kind', 'weight'],
]);

/**
 * A node's or edge's stored properties as top-level fields beside the fields a format reserves
 * (`RESERVED_NODE_FIELDS`, `RESERVED_EDGE_FIELDS`). A property whose name is reserved would
 * overwrite the element's identity or change how a reader draws it, so it is kept under
 * `property_<name>` instead (prefixed again while that name is taken too), unless it only
 * repeats the element's own field of that name, in which case it is left out: every stored
 * node has an `id` property equal to its id. Every other property keeps its name. The order of
 * the properties is kept, so the output is the same for the same input.
 */
export function flattenProperties(
  element: GraphViewNode | GraphViewEdge,
  reservedNames: ReadonlySet<string>,
): Record<string, unknown> {
  const { properties, ...ownFields } = element;
  const ownValues: Readonly<Record<string, unknown>> = ownFields;
  const repeatsOwnField = (name: string): boolean =>
    Object.hasOwn(ownValues, name) && ownValues[name] === properties[name];
  const names = Object.keys(properties).filter((name) => !(reservedNames.has(name) && repeatsOwnField(name)));
  const taken = new Set<string>(reservedNames);
  for (const name of names) if (!reservedNames.has(name)) taken.add(name);

  // Object.fromEntries defines each field, so even a property named `__proto__` stays data.
  return Object.fromEntries(
    names.map((name) => {
      if (!reservedNames.has(name)) return [name, properties[name]];
      let flatName = CLASHING_PROPERTY_PREFIX + name;
      while (taken.has(flatName)) flatName = CLASHING_PROPERTY_PREFIX + flatName;
      taken.add(flatName);
      return [flatName, properties[name]];
    }),
  );
}

/**
 * An edge's properties as `flattenProperties` gives them, led by its `basis` when it states a
 * fact, so every format lets a reader filter background knowledge out, even for a fact stored
 * without a basis property of its own.
 */
export function flattenEdgeProperties(edge: GraphViewEdge): Record<string, unknown> {
  return { ...(edge.basis === null ? {} : { basis: edge.basis }), ...flattenProperties(edge, RESERVED_EDGE_FIELDS) };
}

/**
 * A derived edge's weight as a field of its own, `{}` for stored relationships: the formats'
 * readers (Gephi, Graphology, Cytoscape) take `weight` as the edge weight. The same value in
 * `properties` is left out by `flattenProperties`, since it repeats the edge's own field.
 */
export function edgeWeightOf(edge: GraphViewEdge): { weight?: number } {
  return edge.weight === undefined ? {} : { weight: edge.weight };
}
