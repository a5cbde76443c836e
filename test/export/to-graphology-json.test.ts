import Graph from 'graphology';
import { serializeGraphView } from '../../src/export/export-formats';
import type { GraphView, GraphViewNode } from '../../src/graph/graph-view';
import { edgeIdOf } from '../../src/graph/graph-view';
import {
  BACKGROUND_NOTE,
  CLAIM_ID,
  EMPTY_VIEW,
  FACT_EVIDENCE_TEXT,
  NASTY_QUOTE,
  NASTY_VIEW,
} from './graph-view-fixture';

function loadIntoGraphology(view: GraphView): Graph {
  return Graph.from(JSON.parse(serializeGraphView(view, 'graphology')) as ReturnType<Graph['export']>);
}

/** A ring of `order` people, each knowing the next, as a stand-in for a large view. */
function ringView(order: number): GraphView {
  const nodes: GraphViewNode[] = Array.from({ length: order }, (_, i) => ({
    id: `person:p${i}`,
    type: 'PERSON',
    label: `Person ${i}`,
    degree: 2,
    properties: {},
  }));
  const edges = nodes.map((node, i) => {
    const target = `person:p${(i + 1) % order}`;
    return {
      id: edgeIdOf('LEADS', node.id, target),
      type: 'LEADS' as const,
      source: node.id,
      target,
      basis: 'SOURCE' as const,
      properties: {},
    };
  });
  return { nodes, edges, truncated: false };
}

describe('toGraphologyJson read back by graphology', () => {
  it('gives a directed graph with every node and edge under the view’s ids', () => {
    const graph = loadIntoGraphology(NASTY_VIEW);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(NASTY_VIEW.nodes.length);
    expect(graph.size).toBe(NASTY_VIEW.edges.length);
    expect(graph.nodes()).toEqual(NASTY_VIEW.nodes.map((node) => node.id));
    expect(graph.edges()).toEqual(NASTY_VIEW.edges.map((edge) => edge.id));
    for (const edge of NASTY_VIEW.edges)
      expect([graph.source(edge.id), graph.target(edge.id)]).toEqual([edge.source, edge.target]);
  });

  it('is a multigraph only when two edges join the same ordered pair of nodes', () => {
    expect(loadIntoGraphology(NASTY_VIEW).multi).toBe(true);
    const simple = ringView(3);
    expect(loadIntoGraphology(simple).multi).toBe(false);
    expect(loadIntoGraphology(simple).allowSelfLoops).toBe(true);
  });

  it('gives every node what Sigma needs to draw it: finite x and y, a size, a colour and a label', () => {
    const graph = loadIntoGraphology(NASTY_VIEW);
    graph.forEachNode((_, attributes) => {
      expect(Number.isFinite(attributes.x)).toBe(true);
      expect(Number.isFinite(attributes.y)).toBe(true);
      expect(attributes.size).toBeGreaterThan(0);
      expect(attributes.color).toMatch(/^#[0-9A-F]{6}$/);
      expect(typeof attributes.label).toBe('string');
      // Sigma reads `type` as the program to draw with and throws on an unknown one.
      expect(attributes.type).toBeUndefined();
    });
    graph.forEachEdge((_, attributes) => expect(attributes.type).toBeUndefined());
  });

  it('spreads the nodes out instead of leaving them on one spot', () => {
    const graph = loadIntoGraphology(NASTY_VIEW);
    const positions = new Set(graph.mapNodes((_, attributes) => `${attributes.x as number},${attributes.y as number}`));
    expect(positions.size).toBe(graph.order);
  });

  it('lays out the same view the same way every time', () => {
    expect(serializeGraphView(NASTY_VIEW, 'graphology')).toBe(serializeGraphView(NASTY_VIEW, 'graphology'));
  });

  it('gives nodes a larger size for a larger degree and one colour per type', () => {
    const graph = loadIntoGraphology(NASTY_VIEW);
    expect(graph.getNodeAttribute('person:vladimir-putin', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('person:sean-obrien', 'size') as number,
    );
    expect(graph.getNodeAttribute('person:vladimir-putin', 'color')).toBe(
      graph.getNodeAttribute('person:sean-obrien', 'color'),
    );
    expect(graph.getNodeAttribute('person:vladimir-putin', 'color')).not.toBe(
      graph.getNodeAttribute('place:moscow', 'color'),
    );
  });

  it('keeps node types, properties and the quote, renaming the properties Sigma or the ids would claim', () => {
    const graph = loadIntoGraphology(NASTY_VIEW);
    expect(graph.getNodeAttributes(CLAIM_ID)).toMatchObject({ nodeType: 'CLAIM', degree: 4, quote: NASTY_QUOTE });
    expect(graph.getNodeAttributes(CLAIM_ID)).not.toHaveProperty('property_id');
    expect(graph.getNodeAttributes('person:sean-obrien')).toMatchObject({
      property_id: 'person:sean-o-brien-before-renaming',
    });
    expect(graph.getNodeAttributes('place:moscow')).toMatchObject({
      property_x: 'a property named x',
      latitude: 55.7558,
      aliases: ['Москва'],
    });
    expect(graph.getNodeAttributes('organization:kremlin')).toMatchObject({
      nodeType: 'ORGANIZATION',
      property_type: 'a property named type',
    });
    expect(graph.getEdgeAttributes(edgeIdOf('PARTICIPATED_IN', 'person:vladimir-putin', 'event:summit'))).toEqual({
      label: 'PARTICIPATED_IN',
      edgeType: 'PARTICIPATED_IN',
      role: 'host',
      basis: 'SOURCE',
      evidenceSources: ['source:wire-1'],
      evidenceStarts: [40],
      evidenceEnds: [74],
      evidenceTexts: [FACT_EVIDENCE_TEXT],
      note: null,
    });
    // Background knowledge says so, and how it is known, so Sigma can draw it apart.
    expect(graph.getEdgeAttributes(edgeIdOf('LEADS', 'person:vladimir-putin', 'organization:kremlin'))).toMatchObject({
      basis: 'BACKGROUND',
      note: BACKGROUND_NOTE,
    });
    expect(graph.getEdgeAttributes(edgeIdOf('STATED', 'person:vladimir-putin', CLAIM_ID))).not.toHaveProperty('basis');
    expect(graph.getAttributes()).toEqual({ truncated: true });
  });

  it('lays out two thousand nodes to finite positions', () => {
    const graph = loadIntoGraphology(ringView(2_000));
    expect(graph.order).toBe(2_000);
    graph.forEachNode((_, attributes) => {
      expect(Number.isFinite(attributes.x)).toBe(true);
      expect(Number.isFinite(attributes.y)).toBe(true);
    });
  });

  it('serializes an empty view and a single node', () => {
    expect(loadIntoGraphology(EMPTY_VIEW).order).toBe(0);
    const single = loadIntoGraphology(ringView(1));
    expect(single.order).toBe(1);
    expect(single.size).toBe(1);
    expect(Number.isFinite(single.getNodeAttribute('person:p0', 'x'))).toBe(true);
  });
});
