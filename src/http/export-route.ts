import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { QueryLimits } from '../config/load-config';
import {
  EXPORT_FORMAT_DESCRIPTIONS,
  EXPORT_FORMATS,
  isExportFormat,
  serializeGraphView,
} from '../export/export-formats';
import { labelOfNodeType, PROVENANCE_TYPES, RELATIONSHIP_TYPES, type NodeLabel } from '../graph/graph-model';
import type { GraphView } from '../graph/graph-view';
import type { QueryEngine } from '../graph/api/query-engine';
import { ErrorCode } from '../errors/error-codes';
import { parseClaimWhere } from '../graphql/compiled/parse-claim-where';
import { draftVisibilityOf } from '../graphql/compiled/draft-visibility-of';
import type { Viewer } from '../auth/roles';
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

/** What every view of the export needs: the engine, the bounds, and the schema `where` must fit. */
export interface ExportServices {
  readonly engine: QueryEngine;
  readonly limits: QueryLimits;
  readonly schema: GraphQLSchema;
  /** Production: error messages name no schema field the client did not. */
  readonly hideSuggestions: boolean;
  /** Who sends the request's Authorization header (anonymous without one); throws for a bad token. */
  readonly viewerOf: (authorization: string | undefined) => Promise<Viewer>;
}

/**
 * `review=DRAFT` adds the drafts to the export (for editors; FORBIDDEN otherwise), and so does a
 * claim network `where` that asks for them. Without either, the export holds what readers see.
 */
async function draftsParameter(request: Request, services: ExportServices, where: unknown): Promise<boolean> {
  const raw = request.query.review;
  if (raw !== undefined && raw !== 'DRAFT')
    throw badParameter(
      'review',
      `review must be DRAFT (drafts included, for editors), but got: ${JSON.stringify(raw)}`,
    );
  const asked = {
    key: 'export',
    field: 'export',
    args: raw === undefined ? { where } : { review: { status: { eq: raw } } },
    children: null,
  };
  try {
    return draftVisibilityOf(asked, await services.viewerOf(request.headers.authorization)).drafts;
  } catch (error: unknown) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code === ErrorCode.Forbidden || code === ErrorCode.Unauthenticated)
      throw new HttpError(code, (error as GraphQLError).message);
    throw error;
  }
}

/** A view chosen by the request's parameters, and the words its file name is made of. */
interface ChosenView {
  readonly view: GraphView;
  readonly scope: string;
}

/** The claim network's view name, and the parameters of the other views, which it refuses. */
const CLAIM_NETWORK_VIEW = 'claim-network';
const NOT_FOR_CLAIM_NETWORK = ['focus', 'depth', 'from', 'to', 'maxLength', 'types'] as const;

function viewParameter(request: Request): 'claim-network' | null {
  const raw = request.query.view;
  if (raw === undefined) return null;
  if (raw !== CLAIM_NETWORK_VIEW) {
    throw badParameter(
      'view',
      `view must be ${CLAIM_NETWORK_VIEW} (or absent: the whole graph, a neighbourhood with focus, a path with from and to), but got: ${JSON.stringify(raw)}`,
    );
  }
  return CLAIM_NETWORK_VIEW;
}

/** `view=claim-network`: who speaks about whom, for the claims `where` keeps. */
async function claimNetworkView(request: Request, services: ExportServices, limit: number): Promise<ChosenView> {
  for (const name of NOT_FOR_CLAIM_NETWORK) {
    if (request.query[name] !== undefined)
      throw badParameter(name, `${name} does not apply to view=${CLAIM_NETWORK_VIEW}; filter its claims with where`);
  }
  const raw = request.query.where;
  if (raw !== undefined && typeof raw !== 'string')
    throw badParameter('where', `where must be one ClaimWhere as JSON, but got: ${JSON.stringify(raw)}`);
  let where: Record<string, unknown> | null = null;
  try {
    if (raw !== undefined) where = parseClaimWhere({ ...services, text: raw });
  } catch (error: unknown) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BadUserInput) {
      const name = error.extensions.argumentName;
      throw badParameter(typeof name === 'string' ? name : 'where', error.message);
    }
    throw error;
  }
  const drafts = await draftsParameter(request, services, where);
  const view = await services.engine.claimNetwork({ where, limit, detail: 'full', drafts });
  return { view, scope: CLAIM_NETWORK_VIEW };
}

/** The bounds every view but the claim network takes: `limit` and `types`. */
interface ViewBounds {
  readonly limit: number;
  readonly labels: NodeLabel[] | null;
}

async function neighborhoodView(
  request: Request,
  services: ExportServices,
  { limit, labels }: ViewBounds,
): Promise<ChosenView> {
  const focus = stringParameter(request, 'focus') as string;
  const depth = integerParameter(request, {
    name: 'depth',
    fallback: 1,
    min: 1,
    max: services.limits.maxNeighborhoodDepth,
  });
  const found = await services.engine.neighborhood({ id: focus, depth, limit, labels, detail: 'full' });
  if (found === null) throw unknownId('focus', `No node has the id ${JSON.stringify(focus)}`);
  return { view: found, scope: `neighborhood-${focus}` };
}

async function pathView(request: Request, services: ExportServices): Promise<ChosenView> {
  const from = stringParameter(request, 'from');
  const to = stringParameter(request, 'to');
  if (from === null || to === null)
    throw badParameter(from === null ? 'from' : 'to', 'A path export needs both from and to');
  const maxLength = integerParameter(request, {
    name: 'maxLength',
    fallback: 6,
    min: 1,
    max: services.limits.maxPathLength,
  });
  const result = await services.engine.path({
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
  return { view: result.view, scope: `path-${from}-${to}` };
}

/** The view the parameters ask for: the claim network, a neighbourhood, a path, or the whole graph. */
async function chooseView(request: Request, services: ExportServices): Promise<ChosenView> {
  const view = viewParameter(request);
  const limit = integerParameter(request, {
    name: 'limit',
    fallback: services.limits.maxNeighborhoodLimit,
    min: 1,
    max: services.limits.maxNeighborhoodLimit,
  });
  if (view === CLAIM_NETWORK_VIEW) return claimNetworkView(request, services, limit);
  if (request.query.where !== undefined)
    throw badParameter('where', `where applies only to view=${CLAIM_NETWORK_VIEW}`);
  const labels = labelsParameter(request);
  if (stringParameter(request, 'focus') !== null) return neighborhoodView(request, services, { limit, labels });
  if (request.query.from !== undefined || request.query.to !== undefined) return pathView(request, services);
  const drafts = await draftsParameter(request, services, null);
  return { view: await services.engine.wholeGraph({ labels, limit, detail: 'full', drafts }), scope: 'graph' };
}

/**
 * GET /export?format=cytoscape|graphology|d3|graphml|gexf — the whole graph, a neighbourhood
 * (`focus`, `depth`), a path (`from`, `to`) or the claim network (`view=claim-network`, its
 * claims filtered by `where`, a ClaimWhere as JSON), filtered by `types` and cut at `limit`
 * nodes, as a file. The same graph view feeds every format, so all formats carry the same
 * elements.
 */
export function exportRoute(services: ExportServices) {
  return async (request: Request, response: Response): Promise<void> => {
    try {
      const format = stringParameter(request, 'format') ?? '';
      if (!isExportFormat(format)) {
        throw badParameter(
          'format',
          `format must be one of ${EXPORT_FORMATS.join(', ')}, but got: ${JSON.stringify(request.query.format ?? null)}`,
        );
      }
      const { view, scope } = await chooseView(request, services);
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
