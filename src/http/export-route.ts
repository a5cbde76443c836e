import type { Request, Response } from 'express';
import type { QueryLimits } from '../config/load-config';
import {
  EXPORT_FORMAT_DESCRIPTIONS,
  EXPORT_FORMATS,
  isExportFormat,
  serializeGraphView,
} from '../export/export-formats';
import { labelOfNodeType, PROVENANCE_TYPES, RELATIONSHIP_TYPES, type NodeLabel } from '../graph/graph-model';
import type { GraphView } from '../graph/graph-view';
import type { QueryEngine } from '../graph/compile/query-engine';
import { ErrorCode } from '../errors/error-codes';
import { HttpError, sendHttpError } from './send-http-error';

/** A parameter outside what the export accepts: 400 BAD_USER_INPUT naming it. */
function badParameter(parameter: string, message: string): HttpError {
  return new HttpError(ErrorCode.BadUserInput, message, { argumentName: parameter });
}

/** A parameter naming a node that does not exist, or ends no path joins: 404 NOT_FOUND. */
function unknownId(parameter: string, message: string): HttpError {
  return new HttpError(ErrorCode.NotFound, message, { argumentName: parameter });
}

/** A whole-number query parameter: `fallback` when absent, from `min` to `max` inclusive. */
interface IntegerParameterRule {
  readonly name: string;
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
}

function integerParameter(request: Request, { name, fallback, min, max }: IntegerParameterRule): number {
  const raw = request.query[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badParameter(name, `${name} must be an integer from ${min} to ${max}, but got: ${JSON.stringify(raw)}`);
  }
  return value;
}

function stringParameter(request: Request, name: string): string | null {
  const raw = request.query[name];
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 500) {
    throw badParameter(name, `${name} must be one non-empty id, but got: ${JSON.stringify(raw)}`);
  }
  return raw;
}

function labelsParameter(request: Request): NodeLabel[] | null {
  const raw = stringParameter(request, 'types');
  if (raw === null) return null;
  return raw.split(',').map((type) => {
    const label = labelOfNodeType(type.trim().toUpperCase());
    if (label === undefined) {
      throw badParameter(
        'types',
        `types must list node types (PERSON, ORGANIZATION, PLACE, EVENT, CLAIM, SOURCE), but got: ${JSON.stringify(type)}`,
      );
    }
    return label;
  });
}

/**
 * GET /export?format=cytoscape|graphology|d3|graphml|gexf — the whole graph, a neighbourhood
 * (`focus`, `depth`), or a path (`from`, `to`), filtered by `types` and cut at `limit` nodes,
 * as a file. The same graph view feeds every format, so all formats carry the same elements.
 */
export function exportRoute(graph: QueryEngine, limits: QueryLimits) {
  return async (request: Request, response: Response): Promise<void> => {
    try {
      const format = stringParameter(request, 'format') ?? '';
      if (!isExportFormat(format)) {
        throw badParameter(
          'format',
          `format must be one of ${EXPORT_FORMATS.join(', ')}, but got: ${JSON.stringify(request.query.format ?? null)}`,
        );
      }
      const labels = labelsParameter(request);
      const limit = integerParameter(request, {
        name: 'limit',
        fallback: limits.maxNeighborhoodLimit,
        min: 1,
        max: limits.maxNeighborhoodLimit,
      });
      const focus = stringParameter(request, 'focus');
      const from = stringParameter(request, 'from');
      const to = stringParameter(request, 'to');
      let view: GraphView;
      let scope: string;
      if (focus !== null) {
        const depth = integerParameter(request, {
          name: 'depth',
          fallback: 1,
          min: 1,
          max: limits.maxNeighborhoodDepth,
        });
        const found = await graph.neighborhood({ id: focus, depth, limit, labels, detail: 'full' });
        if (found === null) throw unknownId('focus', `No node has the id ${JSON.stringify(focus)}`);
        view = found;
        scope = `neighborhood-${focus}`;
      } else if (from !== null || to !== null) {
        if (from === null || to === null)
          throw badParameter(from === null ? 'from' : 'to', 'A path export needs both from and to');
        const maxLength = integerParameter(request, {
          name: 'maxLength',
          fallback: 6,
          min: 1,
          max: limits.maxPathLength,
        });
        const result = await graph.path({
          from,
          to,
          maxLength,
          via: RELATIONSHIP_TYPES.filter((type) => !PROVENANCE_TYPES.includes(type)),
          detail: 'full',
        });
        if (result.kind === 'unknown-id') {
          const unknown = result.ids[0] ?? from;
          throw unknownId(unknown === from ? 'from' : 'to', `No node has the id ${JSON.stringify(unknown)}`);
        }
        if (result.kind === 'none')
          throw unknownId('to', `No path of at most ${maxLength} relationships joins ${from} and ${to}`);
        view = result.view;
        scope = `path-${from}-${to}`;
      } else {
        view = await graph.wholeGraph(labels, limit, 'full');
        scope = 'graph';
      }
      const description = EXPORT_FORMAT_DESCRIPTIONS[format];
      const fileName = `kg-${scope.replace(/[^A-Za-z0-9._-]+/g, '_')}.${description.fileExtension}`;
      response
        .status(200)
        .type(description.contentType)
        .setHeader('content-disposition', `attachment; filename="${fileName}"`)
        .setHeader('x-graph-truncated', String(view.truncated))
        .send(serializeGraphView(view, format));
    } catch (error: unknown) {
      if (error instanceof HttpError) {
        sendHttpError(response, error);
        return;
      }
      // Anything else, a database outage included, is answered by the app's error handler.
      throw error;
    }
  };
}
