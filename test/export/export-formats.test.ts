import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import {
  EXPORT_FORMAT_DESCRIPTIONS,
  EXPORT_FORMATS,
  isExportFormat,
  serializeGraphView,
  type ExportFormat,
} from '../../src/export/export-formats';
import { edgeIdOf, type GraphView, type GraphViewEdge } from '../../src/graph/graph-view';
import { EMPTY_VIEW, NASTY_VIEW } from './graph-view-fixture';

interface ReadIds {
  nodeIds: string[];
  edgeIds: string[];
}

/** The node and edge ids of a serialized view, as each format's own reader sees them. */
function readIds(text: string, format: ExportFormat): ReadIds {
  switch (format) {
    case 'cytoscape': {
      const cy = cytoscape({
        headless: true,
        elements: (JSON.parse(text) as { elements: cytoscape.ElementsDefinition }).elements,
      });
      return { nodeIds: cy.nodes().map((node) => node.id()), edgeIds: cy.edges().map((edge) => edge.id()) };
    }
    case 'graphology':
      return idsOfGraph(Graph.from(JSON.parse(text) as ReturnType<Graph['export']>));
    case 'd3': {
      // d3-force itself reads this format in to-d3-json.test.ts, in a separate process.
      const json = JSON.parse(text) as { nodes: { id: string }[]; links: { id: string }[] };
      return { nodeIds: json.nodes.map((node) => node.id), edgeIds: json.links.map((link) => link.id) };
    }
    case 'graphml':
      return idsOfGraph(parseGraphml(Graph, text));
    case 'gexf':
      return idsOfGraph(parseGexf(Graph, text));
  }
}

function idsOfGraph(graph: Graph): ReadIds {
  return { nodeIds: graph.nodes(), edgeIds: graph.edges() };
}

describe('serializeGraphView', () => {
  it.each<[string, GraphView]>([
    ['the nasty view', NASTY_VIEW],
    ['an empty view', EMPTY_VIEW],
  ])('gives %s with the same nodes and edges, under the same ids, in every format', (_, view) => {
    for (const format of EXPORT_FORMATS) {
      expect({ format, ...readIds(serializeGraphView(view, format), format) }).toEqual({
        format,
        nodeIds: view.nodes.map((node) => node.id),
        edgeIds: view.edges.map((edge) => edge.id),
      });
    }
  });

  it('never gives an edge the id of a node, in any format', () => {
    for (const format of EXPORT_FORMATS) {
      const { nodeIds, edgeIds } = readIds(serializeGraphView(NASTY_VIEW, format), format);
      const nodeIdSet = new Set(nodeIds);
      expect({ format, clashes: edgeIds.filter((id) => nodeIdSet.has(id)) }).toEqual({ format, clashes: [] });
    }
  });

  it('gives the same text for the same view', () => {
    for (const format of EXPORT_FORMATS)
      expect(serializeGraphView(NASTY_VIEW, format)).toBe(serializeGraphView(NASTY_VIEW, format));
  });

  it('refuses a format it does not know, naming the ones it does', () => {
    expect(() => serializeGraphView(NASTY_VIEW, 'dot' as ExportFormat)).toThrow(
      'serializeGraphView: expected one of cytoscape, graphology, d3, graphml, gexf, but got: dot',
    );
  });
});

/** A claim network's edge, as findClaimNetwork builds it. */
function spokeAbout(source: string, target: string, claimIds: string[]): GraphViewEdge {
  const weight = claimIds.length;
  return {
    id: edgeIdOf('SPOKE_ABOUT', source, target),
    type: 'SPOKE_ABOUT',
    source,
    target,
    basis: null,
    properties: { weight, claimIds },
    weight,
  };
}

const NETWORK_VIEW: GraphView = {
  truncated: false,
  nodes: ['person:a', 'person:b'].map((id) => ({ id, type: 'PERSON', label: id, degree: 3, properties: {} })),
  edges: [
    spokeAbout('person:a', 'person:b', ['claim:1', 'claim:2', 'claim:3']),
    spokeAbout('person:a', 'person:a', ['claim:4']),
  ],
};

/** Each edge's attributes as the format's own reader gives them, by edge id. */
function readEdgeAttributes(text: string, format: ExportFormat): Map<string, Record<string, unknown>> {
  const ofGraph = (graph: Graph) => new Map(graph.mapEdges((key, attributes) => [key, attributes] as const));
  switch (format) {
    case 'cytoscape': {
      const cy = cytoscape({
        headless: true,
        elements: (JSON.parse(text) as { elements: cytoscape.ElementsDefinition }).elements,
      });
      return new Map(cy.edges().map((edge) => [edge.id(), edge.data() as Record<string, unknown>] as const));
    }
    case 'graphology':
      return ofGraph(Graph.from(JSON.parse(text) as ReturnType<Graph['export']>));
    case 'd3':
      return new Map(
        (JSON.parse(text) as { links: Record<string, unknown>[] }).links.map((link) => [link.id as string, link]),
      );
    case 'graphml':
      return ofGraph(parseGraphml(Graph, text));
    case 'gexf':
      return ofGraph(parseGexf(Graph, text));
  }
}

describe('the claim network in every format', () => {
  it("gives each SPOKE_ABOUT edge its weight as the format's own edge weight, a number, once", () => {
    for (const format of EXPORT_FORMATS) {
      const edges = readEdgeAttributes(serializeGraphView(NETWORK_VIEW, format), format);
      for (const edge of NETWORK_VIEW.edges) {
        const read = edges.get(edge.id);
        expect({ format, weight: read?.weight, renamed: read?.property_weight }).toEqual({
          format,
          weight: edge.weight,
          renamed: undefined,
        });
      }
    }
  });
});

describe('EXPORT_FORMAT_DESCRIPTIONS', () => {
  it('sends the JSON formats as JSON and the XML formats as UTF-8 XML media types', () => {
    expect(EXPORT_FORMAT_DESCRIPTIONS).toEqual({
      cytoscape: { contentType: 'application/json', fileExtension: 'cytoscape.json' },
      graphology: { contentType: 'application/json', fileExtension: 'graphology.json' },
      d3: { contentType: 'application/json', fileExtension: 'd3.json' },
      graphml: { contentType: 'application/graphml+xml; charset=utf-8', fileExtension: 'graphml' },
      gexf: { contentType: 'application/gexf+xml; charset=utf-8', fileExtension: 'gexf' },
    });
  });

  it('tells a known format name from an unknown one', () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat('GRAPHML')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});
