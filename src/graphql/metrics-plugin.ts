import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../observability/create-metrics';

// Operation names come from clients; anything unusual is grouped so labels stay few.
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Times every GraphQL operation into `kg_graphql_operation_duration_seconds`. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ request, response, operationName }) {
          const name = operationName ?? request.operationName ?? 'anonymous';
          const hasErrors = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          stopTimer({ operation: NAME.test(name) ? name : 'other', outcome: hasErrors ? 'error' : 'ok' });
        },
      };
    },
  };
}
