import type { Server } from 'node:http';
import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  subscribe,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../../auth/roles';
import type { GraphQLContext } from '../context';
import { authenticateViewer, type ContextServices } from '../create-context';
import { readResponseKey } from '../read-response-key';

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
 * mutations go to POST /graphql, where the query-shape limits apply. Returns the disposer that
 * closes every socket, for shutdown.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  services: ContextServices,
): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const viewers = new WeakMap<object, Viewer>();
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
      onSubscribe: (_ctx, _id, payload) => {
        const operation = getOperationAST(parse(payload.query), payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            new GraphQLError(
              `Only subscriptions are served over WebSocket, but got a ${operation?.operation ?? 'document without a single operation'}; send queries and mutations to POST /graphql`,
            ),
          ];
        return undefined;
      },
      context: (ctx): GraphQLContext => ({
        engine: services.engine,
        limits: services.config.limits,
        requestId: `ws-${String(ctx.extra.request.headers['sec-websocket-key'] ?? '')}`,
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
