import type { IncomingHttpHeaders, Server } from 'node:http';
import { execute, subscribe, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../../auth/roles';
import { ErrorCode } from '../../errors/error-codes';
import type { GraphQLContext } from '../context/context';
import { authenticateViewer, type ContextServices } from '../context/create-context';
import { createErrorFormatter } from '../operation/create-error-formatter';
import { protectQueryShape } from '../operation/protect-query-shape';
import { readResponseKey } from '../operation/read-response-key';
import { checkSubscriptionRequest } from './check-subscription-request';

/** What a client may send in graphql-ws's `connection_init` payload. */
type ConnectionParams = Record<string, unknown> & {
  /** `Bearer <token>`, since browsers cannot set headers on a WebSocket. */
  readonly authorization?: unknown;
};

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's /graphql.
 * The connection is authenticated once, from `connectionParams.authorization` or the upgrade
 * request's Authorization header, exactly as an HTTP request is; a bad token (or none, with
 * AUTH_REQUIRE_READ) closes it with 4403. Only subscriptions are served here: queries and
 * mutations go to POST /graphql. Each subscription passes the same token, depth, alias, directive
 * and cost limits as POST /graphql before it runs, and its errors reach the client formatted as
 * there (same codes and messages, unexpected ones masked, with a request id). Returns the
 * disposer that closes every socket, for shutdown.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  services: ContextServices,
): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const viewers = new WeakMap<object, Viewer>();
  const { limits } = services.config;
  const checks = { schema, limits, shapeRules: protectQueryShape(limits).validationRules };
  const formatError = createErrorFormatter(services.config.production);
  /** As Apollo formats an error for HTTP: a code always, no `http` extension, then formatError. */
  const formatForClient = (error: GraphQLError, requestId: string): GraphQLFormattedError => {
    const { http: _http, ...extensions } = error.extensions;
    const formatted = formatError(
      { ...error.toJSON(), extensions: { ...extensions, code: extensions.code ?? ErrorCode.InternalServerError } },
      error,
    );
    return { ...formatted, extensions: { ...formatted.extensions, requestId } };
  };
  const cleanup = useServer<ConnectionParams>(
    {
      schema,
      execute: (args) => execute({ ...args, fieldResolver: readResponseKey }),
      subscribe: (args) => subscribe({ ...args, fieldResolver: readResponseKey }),
      onConnect: async (ctx) => {
        const fromParams = ctx.connectionParams?.authorization;
        const authorization = typeof fromParams === 'string' ? fromParams : ctx.extra.request.headers.authorization;
        try {
          viewers.set(ctx.extra, await authenticateViewer(services, authorization));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => checkSubscriptionRequest(checks, payload),
      onError: (ctx, _id, _payload, errors) =>
        errors.map((error) => formatForClient(error, requestIdOf(ctx.extra.request.headers))),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors === undefined
          ? undefined
          : {
              ...result,
              errors: result.errors.map((error) => formatForClient(error, requestIdOf(ctx.extra.request.headers))),
            },
      context: (ctx): GraphQLContext => ({
        engine: services.engine,
        limits,
        requestId: requestIdOf(ctx.extra.request.headers),
        viewer: viewers.get(ctx.extra) ?? { kind: 'anonymous' },
        writeGuard: services.writeGuard,
        curation: services.curation,
        changeFeed: services.changeFeed,
      }),
    },
    wsServer,
  );
  return async () => {
    services.changeFeed.stop();
    await cleanup.dispose();
  };
}

/** One socket's requests share an id, from the key of its upgrade request. */
function requestIdOf(headers: IncomingHttpHeaders): string {
  return `ws-${headers['sec-websocket-key'] ?? ''}`;
}
