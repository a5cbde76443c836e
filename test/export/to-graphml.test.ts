import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { serializeGraphView } from '../../src/export/export-formats';
import {
  CLAIM_ID,
  DESCRIPTION_WITH_CONTROL_CHARACTERS,
  EMPTY_VIEW,
  NASTY_QUOTE,
  NASTY_TEXT,
  NASTY_VIEW,
} from './graph-view-fixture';
import { elementsNamed, FORBIDDEN_XML_CHARACTER, parseStrictXml } from './parse-strict-xml';

const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];

describe('toGraphml read back by graphology-graphml', () => {
  const graphml = serializeGraphView(NASTY_VIEW, 'graphml');

  it('gives every node and edge under the view’s ids, directed', () => {
    const graph = parse(Graph, graphml);
    expect(graph.type).toBe('directed');
    expect(graph.nodes()).toEqual(NASTY_VIEW.nodes.map((node) => node.id));
    expect(graph.edges()).toEqual(NASTY_VIEW.edges.map((edge) => edge.id));
    for (const edge of NASTY_VIEW.edges)
      expect([graph.source(edge.id), graph.target(edge.id)]).toEqual([edge.source, edge.target]);
  });

  it('keeps the claim’s quote and text exactly, typographic quotes, markup, entities and line breaks included', () => {
    const claim = parse(Graph, graphml).getNodeAttributes(CLAIM_ID);
    expect(claim.quote).toBe(NASTY_QUOTE);
    expect(claim.text).toBe(NASTY_TEXT);
    expect(claim.label).toBe(NASTY_VIEW.nodes.find((node) => node.id === CLAIM_ID)?.label);
  });

  it('reads numbers and booleans back as numbers and booleans, and lists as JSON', () => {
    const graph = parse(Graph, graphml);
    expect(graph.getNodeAttributes('person:vladimir-putin')).toMatchObject({ type: 'PERSON', degree: 7 });
    expect(graph.getNodeAttributes('person:sean-obrien')).toMatchObject({
      property_id: 'person:sean-o-brien-before-renaming',
    });
    expect(JSON.parse(graph.getNodeAttribute('person:vladimir-putin', 'aliases') as string)).toEqual([
      'Putin',
      'Владимир Путин',
      'V. "VVP" Putin, Jr.',
    ]);
    expect(graph.getNodeAttributes('place:moscow')).toMatchObject({ latitude: 55.7558, longitude: 37.6173 });
    expect(graph.getNodeAttributes('source:wire-1')).toMatchObject({
      characterCount: 5_000_000_000,
      paywalled: false,
      published: '2024-03-02',
    });
    expect(graph.getEdgeAttributes('APPEARS_IN:claim:putin-we-will-see->source:wire-1')).toEqual({
      type: 'APPEARS_IN',
      start: 120,
      end: 188,
      text: NASTY_QUOTE,
      property_source: 'a property named source',
    });
    expect(graph.getAttribute('truncated')).toBe(true);
  });

  it('leaves null properties out', () => {
    const graph = parse(Graph, graphml);
    expect(graph.getNodeAttributes('event:talks')).not.toHaveProperty('startsOn');
    expect(graph.getEdgeAttributes('PARTICIPATED_IN:person:sean-obrien->event:summit')).toEqual({
      type: 'PARTICIPATED_IN',
    });
  });

  it('is well-formed XML in the GraphML namespace, without characters XML forbids', () => {
    const root = parseStrictXml(graphml);
    expect([root.namespaceURI, root.localName]).toEqual([GRAPHML_NAMESPACE, 'graphml']);
    expect(graphml).not.toMatch(FORBIDDEN_XML_CHARACTER);
    expect(parse(Graph, graphml).getNodeAttribute('person:vladimir-putin', 'description')).toBe(
      // The test is about control characters, so the pattern names two of them on purpose.
      // eslint-disable-next-line no-control-regex
      DESCRIPTION_WITH_CONTROL_CHARACTERS.replace(/[\u0000\u0007]/g, ''),
    );
  });

  it('declares one typed key for every attribute it uses, and a directed graph', () => {
    const root = parseStrictXml(graphml);
    const keys = elementsNamed(root, 'key');
    for (const key of keys) expect(GRAPHML_TYPES).toContain(key.getAttribute('attr.type'));
    const keyDomains = new Map(keys.map((key) => [key.getAttribute('id'), key.getAttribute('for')]));
    expect(keyDomains.size).toBe(keys.length);
    for (const data of elementsNamed(root, 'data')) {
      const owner = data.parentNode as { localName?: string } | null;
      expect(keyDomains.get(data.getAttribute('key'))).toBe(owner?.localName);
    }
    const degreeKey = keys.find((key) => key.getAttribute('attr.name') === 'degree');
    expect([degreeKey?.getAttribute('for'), degreeKey?.getAttribute('attr.type')]).toEqual(['node', 'int']);
    expect(elementsNamed(root, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
  });

  it('writes an empty view as an empty graph', () => {
    const graph = parse(Graph, serializeGraphView(EMPTY_VIEW, 'graphml'));
    expect([graph.order, graph.size, graph.getAttribute('truncated')]).toEqual([0, 0, false]);
  });

  it('uses a reader that refuses an edge to a missing node, so the counts above can fail', () => {
    const dangling = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="${GRAPHML_NAMESPACE}">
  <graph edgedefault="directed">
    <node id="person:a"/>
    <edge id="LEADS:person:a-&gt;person:b" source="person:a" target="person:b"/>
  </graph>
</graphml>`;
    expect(() => parse(Graph, dangling)).toThrow(/inexisting node/);
  });
});
