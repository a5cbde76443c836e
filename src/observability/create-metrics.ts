import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of its own (so tests can run several servers). */
export interface Metrics {
  readonly registry: Registry;
  /** Every Cypher query sent to Neo4j, by access mode. */
  readonly neo4jQueries: Counter<'mode'>;
  /** GraphQL operation durations, by operation name and outcome. */
  readonly operationDuration: Histogram<'operation' | 'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kg_' });
  return {
    registry,
    neo4jQueries: new Counter({
      name: 'kg_neo4j_queries_total',
      help: 'Cypher queries sent to Neo4j.',
      labelNames: ['mode'],
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: 'kg_graphql_operation_duration_seconds',
      help: 'Duration of GraphQL operations, from request to response.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
