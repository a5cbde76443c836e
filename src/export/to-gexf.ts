import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { GraphView, GraphViewNode } from '../graph/graph-view';
import { describeAttributes, type AttributeDescription, type AttributeKind } from './describe-attributes';
import { flattenEdgeProperties, flattenProperties, RESERVED_NODE_FIELDS } from './flatten-properties';
import { formatAttributeValue } from './format-attribute-value';
import { prepareXmlValue } from './prepare-xml-value';

const GEXF_NAMESPACE = 'http://gexf.net/1.3';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const GEXF_SCHEMA_LOCATION = `${GEXF_NAMESPACE} http://gexf.net/1.3/gexf.xsd`;

/** GEXF 1.3 spells GraphML's `int` as `integer`; the other kinds share their names. */
const GEXF_TYPE_OF_KIND: Readonly<Record<AttributeKind, string>> = {
  boolean: 'boolean',
  int: 'integer',
  long: 'long',
  double: 'double',
  string: 'string',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The view as a GEXF 1.3 document (Gephi, graphology-gexf): a directed graph in `dynamic` mode
 * with `date` time, so Gephi's timeline can play the events. Node ids are the view's ids, each
 * node has its `label` and attribute values for `type`, `degree` and its properties; an EVENT
 * with a date lives from `start` (its `startsOn`) to `end` (its `endsOn`, inclusive, as GEXF 1.3
 * intervals are), and every other node for the whole timeline. Edges keep the view's ids and
 * carry their type as `label` and as `kind`, which lets Gephi keep two edges of different types
 * between the same nodes apart, plus attribute values for their properties; a derived edge
 * (SPOKE_ABOUT) carries its weight as GEXF's own `weight`, which Gephi sizes edges by.
 *
 * Attribute types, lists as JSON, left-out nulls, renamed clashing properties and text handling
 * are as in `toGraphml`; node labels have their white space collapsed, as GEXF's schema wants a
 * token there. `truncated` is stated in the `<meta>` description, GEXF having no graph data.
 */
export function toGexf(view: GraphView): string {
  const nodeRecords = view.nodes.map((node) => ({
    type: node.type,
    degree: node.degree,
    ...flattenProperties(node, RESERVED_NODE_FIELDS),
  }));
  const edgeRecords = view.edges.map((edge) => flattenEdgeProperties(edge));
  const nodeAttributes = describeAttributes(nodeRecords);
  const edgeAttributes = describeAttributes(edgeRecords);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NAMESPACE, 'gexf', {
    version: '1.3',
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': GEXF_SCHEMA_LOCATION,
  });
  const meta = root.ele('meta');
  meta.ele('creator').txt('kg-graphql');
  meta
    .ele('description')
    .txt(
      view.truncated
        ? 'Truncated: more nodes were reachable than the limit allowed.'
        : 'Complete: every reachable node is included.',
    );

  const graph = root.ele('graph', { defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
  declareAttributes(graph, 'node', nodeAttributes);
  declareAttributes(graph, 'edge', edgeAttributes);

  const nodes = graph.ele('nodes', { count: String(view.nodes.length) });
  view.nodes.forEach((node, i) => {
    const element = nodes.ele('node', {
      id: prepareXmlValue(node.id, 'attribute'),
      label: prepareXmlValue(node.label.replace(/\s+/g, ' ').trim(), 'attribute'),
      ...lifetimeOf(node),
    });
    writeAttributeValues(element, nodeAttributes, nodeRecords[i] ?? {});
  });

  const edges = graph.ele('edges', { count: String(view.edges.length) });
  view.edges.forEach((edge, i) => {
    const element = edges.ele('edge', {
      id: prepareXmlValue(edge.id, 'attribute'),
      source: prepareXmlValue(edge.source, 'attribute'),
      target: prepareXmlValue(edge.target, 'attribute'),
      label: edge.type,
      kind: edge.type,
      ...(edge.weight === undefined ? {} : { weight: String(edge.weight) }),
    });
    writeAttributeValues(element, edgeAttributes, edgeRecords[i] ?? {});
  });
  return root.end({ prettyPrint: true });
}

/** An event's interval, when it has a date; `{}` for every other node, which then always exists. */
function lifetimeOf(node: GraphViewNode): { start?: string; end?: string } {
  if (node.type !== 'EVENT') return {};
  const { startsOn, endsOn } = node.properties;
  return {
    ...(typeof startsOn === 'string' && ISO_DAY.test(startsOn) ? { start: startsOn } : {}),
    ...(typeof endsOn === 'string' && ISO_DAY.test(endsOn) ? { end: endsOn } : {}),
  };
}

/** Attribute ids are numbers, as Gephi writes them; readers show the `title`. */
function declareAttributes(
  graph: XMLBuilder,
  domain: 'node' | 'edge',
  attributes: readonly AttributeDescription[],
): void {
  if (attributes.length === 0) return;
  const declarations = graph.ele('attributes', { class: domain });
  attributes.forEach((attribute, i) => {
    declarations.ele('attribute', {
      id: String(i),
      title: prepareXmlValue(attribute.name, 'attribute'),
      type: GEXF_TYPE_OF_KIND[attribute.kind],
    });
  });
}

function writeAttributeValues(
  element: XMLBuilder,
  attributes: readonly AttributeDescription[],
  record: Readonly<Record<string, unknown>>,
): void {
  const values = attributes.flatMap((attribute, i) => {
    const value = formatAttributeValue(record[attribute.name]);
    return value === undefined ? [] : [{ for: String(i), value: prepareXmlValue(value, 'attribute') }];
  });
  if (values.length === 0) return;
  const container = element.ele('attvalues');
  for (const value of values) container.ele('attvalue', value);
}
