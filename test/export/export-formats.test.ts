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
import type { GraphView } from '../../src/graph/graph-view';
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
