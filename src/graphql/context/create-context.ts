import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { unauthenticated } from '../../auth/auth-errors';
import { createAuthenticator, type Authenticator } from '../../auth/create-authenticator';
import { createWriteGuard, type WriteGuard } from '../../auth/write-guard';
import type { Config } from '../../config/load-config';
import type { GraphDatabase } from '../../graph/graph-database';
import { QueryEngine } from '../../graph/api/query-engine';
import { CurationGraph } from '../../graph/api/curation-graph';
import type { ArticleDrafter } from './article-drafter';
import type { GraphQLContext } from './context';
import { ChangeFeed } from './change-feed';

/**
 * Compiled Cypher texts kept: one per shape of root field (selection and arguments present); a
 * client's operations have a few dozen shapes, and each text is a few kilobytes.
 */
const COMPILED_QUERY_CACHE_SIZE = 1000;

/** What every request's context is made from; one set per server instance. */
export interface ContextServices {
  readonly config: Config;
  readonly database: GraphDatabase;
  /** Compiles and runs every read of the GraphQL API and the exports. */
  readonly engine: QueryEngine;
  readonly authenticator: Authenticator;
  readonly writeGuard: WriteGuard;
  readonly curation: CurationGraph;
  readonly changeFeed: ChangeFeed;
  readonly articleDrafter: ArticleDrafter | null;
}

/**
 * Builds the services once. A server that cannot verify tokens (production without a key) says
 * so here, at start, and refuses every write with the same reason.
 */
export function createContextServices(parts: {
  config: Config;
  database: GraphDatabase;
  logger: Logger;
  articleDrafter: ArticleDrafter | null;
}): ContextServices {
  const { config, database, logger, articleDrafter } = parts;
  const authenticator = createAuthenticator(config.auth, config.production);
  if (authenticator.writesDisabledReason !== null)
    logger.warn(`Writes are refused: ${authenticator.writesDisabledReason}. Configure one to enable them.`);
  const curation = new CurationGraph(database);
  return {
    config,
    database,
    engine: new QueryEngine(database, COMPILED_QUERY_CACHE_SIZE),
    authenticator,
    writeGuard: createWriteGuard(config.auth, authenticator.writesDisabledReason),
    curation,
    changeFeed: new ChangeFeed(curation, config.changes.pollIntervalMs, logger),
    articleDrafter,
  };
}

/**
 * Authenticates a request's `Authorization` value, then builds its context. Throws UNAUTHENTICATED
 * (HTTP 401) for a bad token, and for no token when AUTH_REQUIRE_READ is on.
 */
export async function createRequestContext(
  services: ContextServices,
  headers: { readonly authorization?: string | null; readonly idempotencyKey?: string | null },
  requestId: string = randomUUID(),
): Promise<GraphQLContext> {
  const { authorization, idempotencyKey = null } = headers;
  const viewer = await authenticateViewer(services, authorization);
  return {
    engine: services.engine,
    limits: services.config.limits,
    requestId,
    viewer,
    writeGuard: services.writeGuard,
    idempotencyKey,
    curation: services.curation,
    changeFeed: services.changeFeed,
    articleDrafter: services.articleDrafter,
  };
}

export async function authenticateViewer(services: ContextServices, authorization: string | null | undefined) {
  const viewer = await services.authenticator.authenticate(authorization);
  if (viewer.kind === 'anonymous' && services.config.auth.requireRead)
    throw unauthenticated('Reads need a bearer token on this server (AUTH_REQUIRE_READ), but the request has none');
  return viewer;
}
