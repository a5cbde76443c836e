import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { serializeGraphView } from '../../src/export/export-formats';
import {
  BACKGROUND_NOTE,
  CLAIM_ID,
  DATED_EVENT_ID,
  EMPTY_VIEW,
  FACT_EVIDENCE_TEXT,
  NASTY_QUOTE,
  NASTY_TEXT,
  NASTY_VIEW,
  UNDATED_EVENT_ID,
} from './graph-view-fixture';
import { elementsNamed, FORBIDDEN_XML_CHARACTER, parseStrictXml } from './parse-strict-xml';

const GEXF_NAMESPACE = 'http://gexf.net/1.3';
const GEXF_SCALAR_TYPES = ['integer', 'long', 'double', 'float', 'boolean', 'string'];

describe('toGexf read back by graphology-gexf', () => {
  const gexf = serializeGraphView(NASTY_VIEW, 'gexf');

  it('gives every node and edge under the view’s ids, directed', () => {
    // graphology-gexf also throws on an attribute value whose attribute is not declared.
    const graph = parse(Graph, gexf);
    expect(graph.type).toBe('directed');
    expect(graph.nodes()).toEqual(NASTY_VIEW.nodes.map((node) => node.id));
    expect(graph.edges()).toEqual(NASTY_VIEW.edges.map((edge) => edge.id));
    for (const edge of NASTY_VIEW.edges)
      expect([graph.source(edge.id), graph.target(edge.id)]).toEqual([edge.source, edge.target]);
  });

  it('keeps the claim’s quote and text exactly, even the line breaks an attribute value would lose', () => {
    const claim = parse(Graph, gexf).getNodeAttributes(CLAIM_ID);
    expect(claim.quote).toBe(NASTY_QUOTE);
    expect(claim.text).toBe(NASTY_TEXT);
    expect(claim.type).toBe('CLAIM');
  });

  it('writes node labels as tokens, with their white space collapsed', () => {
    const claim = parse(Graph, gexf).getNodeAttributes(CLAIM_ID);
    expect(claim.label).toBe('Putin said: “We’ll see” — Smith & Sons said <never> "again" and…');
  });

  it('reads numbers and booleans back as numbers and booleans, and edge types as label and kind', () => {
    const graph = parse(Graph, gexf);
    expect(graph.getNodeAttributes('person:vladimir-putin')).toMatchObject({
      label: 'Vladimir Putin',
      type: 'PERSON',
      degree: 7,
    });
    expect(graph.getNodeAttributes('source:wire-1')).toMatchObject({ characterCount: 5_000_000_000, paywalled: false });
    expect(graph.getNodeAttributes('place:moscow')).toMatchObject({
      latitude: 55.7558,
      property_x: 'a property named x',
    });
    expect(graph.getEdgeAttributes('PARTICIPATED_IN:person:vladimir-putin->event:summit')).toEqual({
      label: 'PARTICIPATED_IN',
      kind: 'PARTICIPATED_IN',
      role: 'host',
      basis: 'SOURCE',
      evidenceSources: '["source:wire-1"]',
      evidenceStarts: '[40]',
      evidenceEnds: '[74]',
      evidenceTexts: JSON.stringify([FACT_EVIDENCE_TEXT]),
    });
    expect(graph.getEdgeAttributes('LEADS:person:vladimir-putin->organization:kremlin')).toMatchObject({
      basis: 'BACKGROUND',
      note: BACKGROUND_NOTE,
    });
    expect(graph.getEdgeAttributes('APPEARS_IN:claim:putin-we-will-see->source:wire-1')).toMatchObject({
      start: 120,
      end: 188,
      text: NASTY_QUOTE,
    });
  });

  it('gives a dated event its days as start and end, and an undated event and other nodes none', () => {
    const root = parseStrictXml(gexf);
    const nodes = new Map(elementsNamed(root, 'node').map((node) => [node.getAttribute('id'), node]));
    const dated = nodes.get(DATED_EVENT_ID);
    expect([dated?.getAttribute('start'), dated?.getAttribute('end')]).toEqual(['2024-03-01', '2024-03-03']);
    const undated = nodes.get(UNDATED_EVENT_ID);
    expect(undated?.hasAttribute('start')).toBe(false);
    expect(undated?.hasAttribute('end')).toBe(false);
    expect(nodes.get(CLAIM_ID)?.hasAttribute('start')).toBe(false);
  });

  it('is well-formed GEXF 1.3: namespace, version, a dynamic directed graph with date time, typed declarations', () => {
    const root = parseStrictXml(gexf);
    expect([root.namespaceURI, root.localName, root.getAttribute('version')]).toEqual([GEXF_NAMESPACE, 'gexf', '1.3']);
    expect(gexf).not.toMatch(FORBIDDEN_XML_CHARACTER);
    const graph = elementsNamed(root, 'graph')[0];
    expect([
      graph?.getAttribute('defaultedgetype'),
      graph?.getAttribute('mode'),
      graph?.getAttribute('timeformat'),
    ]).toEqual(['directed', 'dynamic', 'date']);
    expect(elementsNamed(root, 'attributes').map((declarations) => declarations.getAttribute('class'))).toEqual([
      'node',
      'edge',
    ]);
    for (const attribute of elementsNamed(root, 'attribute'))
      expect(GEXF_SCALAR_TYPES).toContain(attribute.getAttribute('type'));
  });

  it('states in its meta description that the view was truncated', () => {
    expect(parse(Graph, gexf).getAttribute('description')).toMatch(/^Truncated/);
  });

  it('writes an empty view as an empty graph', () => {
    const graph = parse(Graph, serializeGraphView(EMPTY_VIEW, 'gexf'));
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });

  it('uses a reader that refuses an edge to a missing node, so the counts above can fail', () => {
    const dangling = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${GEXF_NAMESPACE}" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="person:a" label="A"/></nodes>
    <edges><edge id="e" source="person:a" target="person:b"/></edges>
  </graph>
</gexf>`;
    expect(() => parse(Graph, dangling)).toThrow(/inexisting node/);
  });
});
