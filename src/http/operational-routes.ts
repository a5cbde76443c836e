import type { Express } from 'express';
import type { GraphDatabase } from '../graph/graph-database';
import type { Metrics } from '../observability/create-metrics';
import type { Readiness } from './readiness';
import { HttpError, sendHttpError } from './send-http-error';
import { ErrorCode } from '../errors/error-codes';

const READY_TIMEOUT_MS = 1_000;

/**
 * What an orchestrator and a scraper ask: `/healthz` (the process answers), `/readyz` (200 only
 * while nothing holds readiness and Neo4j answers within 1 s) and `/metrics` (Prometheus).
 */
export function mountOperationalRoutes(
  app: Express,
  { database, readiness, metrics }: { database: GraphDatabase; readiness: Readiness; metrics: Metrics },
): void {
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/readyz', async (_request, response) => {
    const heldBy = readiness.heldBy;
    if (heldBy !== undefined) {
      sendHttpError(response, new HttpError(ErrorCode.ServiceUnavailable, `Not ready: ${heldBy}`));
      return;
    }
    try {
      await database.ping(READY_TIMEOUT_MS);
      response.json({ status: 'ready' });
    } catch {
      sendHttpError(
        response,
        new HttpError(ErrorCode.ServiceUnavailable, 'Not ready: Neo4j did not answer within 1 s'),
      );
    }
  });

  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
