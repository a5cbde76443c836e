import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../observability/create-metrics';

// Operation names come from clients: anything unusual, and every name after the first
// MAX_OPERATION_LABELS distinct ones, is counted as "other", so a client sending a new name with
// every request cannot grow the metrics registry (one time series per label value) without bound.
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MAX_OPERATION_LABELS = 200;

/** Times every GraphQL operation into `kg_graphql_operation_duration_seconds`. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  const labelled = new Set<string>();
  const labelFor = (name: string): string => {
    if (!NAME.test(name)) return 'other';
    if (labelled.has(name)) return name;
    if (labelled.size >= MAX_OPERATION_LABELS) return 'other';
    labelled.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stopTimer = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ request, response, operationName }) {
          const name = operationName ?? request.operationName ?? 'anonymous';
          const hasErrors = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          stopTimer({ operation: labelFor(name), outcome: hasErrors ? 'error' : 'ok' });
        },
      };
    },
  };
}
