import type { GraphView } from '../graph/graph-view';
import { toCytoscapeJson } from './to-cytoscape-json';
import { toD3Json } from './to-d3-json';
import { toGexf } from './to-gexf';
import { toGraphml } from './to-graphml';
import { toGraphologyJson } from './to-graphology-json';

/** Every format a GraphView can be exported in, by the name clients ask for it with. */
export const EXPORT_FORMATS = ['cytoscape', 'graphology', 'd3', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatDescription {
  /** The `Content-Type` to send the document with. */
  readonly contentType: string;
  /**
   * What a downloaded file's name ends with, without the leading dot, for `Content-Disposition`.
   * The three JSON formats get distinct endings so their files cannot be mistaken for each other.
   */
  readonly fileExtension: string;
}

/**
 * How each format is sent. Neither GraphML nor GEXF has a registered media type; their `+xml`
 * names follow the structured-suffix convention, so clients still know the body is XML. Both
 * documents are UTF-8, as their XML declarations say.
 */
export const EXPORT_FORMAT_DESCRIPTIONS: Readonly<Record<ExportFormat, ExportFormatDescription>> = {
  cytoscape: { contentType: 'application/json', fileExtension: 'cytoscape.json' },
  graphology: { contentType: 'application/json', fileExtension: 'graphology.json' },
  d3: { contentType: 'application/json', fileExtension: 'd3.json' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', fileExtension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', fileExtension: 'gexf' },
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The view as one document in `format`, ready to send with that format's content type. */
export function serializeGraphView(view: GraphView, format: ExportFormat): string {
  switch (format) {
    case 'cytoscape':
      return JSON.stringify(toCytoscapeJson(view));
    case 'graphology':
      return JSON.stringify(toGraphologyJson(view));
    case 'd3':
      return JSON.stringify(toD3Json(view));
    case 'graphml':
      return toGraphml(view);
    case 'gexf':
      return toGexf(view);
    default:
      return unreachableFormat(format);
  }
}

function unreachableFormat(format: never): never {
  throw new Error(`serializeGraphView: expected one of ${EXPORT_FORMATS.join(', ')}, but got: ${String(format)}`);
}
