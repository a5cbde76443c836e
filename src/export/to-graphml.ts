import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { GraphView } from '../graph/graph-view';
import { describeAttributes, type AttributeDescription } from './describe-attributes';
import { edgeWeightOf, flattenEdgeProperties, flattenProperties, RESERVED_NODE_FIELDS } from './flatten-properties';
import { formatAttributeValue } from './format-attribute-value';
import { prepareXmlValue } from './prepare-xml-value';

const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const GRAPHML_SCHEMA_LOCATION = `${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

/**
 * The view as a GraphML document (yEd, Gephi, Cytoscape desktop, NetworkX, graphology-graphml):
 * one directed `<graph>` whose node and edge ids are the view's ids, and a `<key>` for every
 * attribute in use. Nodes carry `type`, `label`, `degree` and their properties; edges `type`,
 * `weight` when derived (SPOKE_ABOUT), and theirs; the graph carries `truncated`. Attribute types are GraphML's own (boolean, int, long,
 * double, string): lists and maps are JSON strings, dates stay ISO strings, a null property is
 * left out, and a property named like one of our attributes is renamed (see
 * `flattenProperties`). Text is kept exactly, less the characters XML 1.0 forbids.
 *
 * Edge ids (`TYPE:source->target`) contain `>`, which GraphML's schema does not allow in an id
 * (an NMTOKEN); readers do not validate, and keeping the ids lets every format name an edge alike.
 */
export function toGraphml(view: GraphView): string {
  const nodeRecords = view.nodes.map((node) => ({
    type: node.type,
    label: node.label,
    degree: node.degree,
    ...flattenProperties(node, RESERVED_NODE_FIELDS),
  }));
  const edgeRecords = view.edges.map((edge) => ({
    type: edge.type,
    ...edgeWeightOf(edge),
    ...flattenEdgeProperties(edge),
  }));
  const nodeAttributes = describeAttributes(nodeRecords);
  const edgeAttributes = describeAttributes(edgeRecords);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NAMESPACE, 'graphml', {
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': GRAPHML_SCHEMA_LOCATION,
  });
  root.ele('key', { id: 'g0', for: 'graph', 'attr.name': 'truncated', 'attr.type': 'boolean' });
  declareKeys(root, 'node', nodeAttributes);
  declareKeys(root, 'edge', edgeAttributes);

  const graph = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  graph.ele('data', { key: 'g0' }).txt(String(view.truncated));
  view.nodes.forEach((node, i) => {
    const element = graph.ele('node', { id: prepareXmlValue(node.id, 'attribute') });
    writeData(element, { domain: 'node', attributes: nodeAttributes, record: nodeRecords[i] ?? {} });
  });
  view.edges.forEach((edge, i) => {
    const element = graph.ele('edge', {
      id: prepareXmlValue(edge.id, 'attribute'),
      source: prepareXmlValue(edge.source, 'attribute'),
      target: prepareXmlValue(edge.target, 'attribute'),
    });
    writeData(element, { domain: 'edge', attributes: edgeAttributes, record: edgeRecords[i] ?? {} });
  });
  return root.end({ prettyPrint: true });
}

/** Key ids are generated (`node0`, `edge3`): a property name need not be a valid XML name. */
function keyIdOf(domain: 'node' | 'edge', index: number): string {
  return `${domain}${index}`;
}

function declareKeys(root: XMLBuilder, domain: 'node' | 'edge', attributes: readonly AttributeDescription[]): void {
  attributes.forEach((attribute, i) => {
    root.ele('key', {
      id: keyIdOf(domain, i),
      for: domain,
      'attr.name': prepareXmlValue(attribute.name, 'attribute'),
      'attr.type': attribute.kind,
    });
  });
}

/** One element's attribute values, under the keys `declareKeys` gave its domain. */
interface ElementData {
  readonly domain: 'node' | 'edge';
  readonly attributes: readonly AttributeDescription[];
  readonly record: Readonly<Record<string, unknown>>;
}

function writeData(element: XMLBuilder, { domain, attributes, record }: ElementData): void {
  attributes.forEach((attribute, i) => {
    const value = formatAttributeValue(record[attribute.name]);
    if (value !== undefined) element.ele('data', { key: keyIdOf(domain, i) }).txt(prepareXmlValue(value, 'text'));
  });
}
