import { ANONYMOUS, type Role, type Viewer } from '../../src/auth/roles';
import pino from 'pino';
import type { CurationGraph } from '../../src/graph/api/curation-graph';
import { QueryEngine } from '../../src/graph/api/query-engine';
import type { GraphDatabase, QueryParameters } from '../../src/graph/graph-database';
import type { GraphQLContext } from '../../src/graphql/context/context';
import { createApolloServer } from '../../src/graphql/create-apollo-server';
import { createGraphQLSchema } from '../../src/graphql/create-graphql-schema';
import { createMetrics } from '../../src/observability/create-metrics';
import { testConfig } from './test-database';

/** A query exactly as the graph layer sends it, with the parameters it sends. */
export interface CapturedQuery {
  readonly name: string;
  readonly cypher: string;
  readonly parameters: QueryParameters;
}

/** A GraphQL operation to compile, by a name that says what it asks. */
export interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The role its token has (`# token: editor` in the docs); anonymous without one. */
  readonly role?: Role | null;
}

/**
 * Stands in for GraphDatabase: records every read and answers it with no records, so the
 * Cypher that GraphQL operations compile to can be captured without a database. It opens no
 * session: nothing here reaches Neo4j.
 */
export class RecordingDatabase {
  readonly reads: { cypher: string; parameters: QueryParameters }[] = [];

  read(cypher: string, parameters: QueryParameters = {}) {
    this.reads.push({ cypher, parameters });
    return Promise.resolve({ records: [], summary: {} });
  }
}

/** The recorded reads under the operation's name, numbered when there are several. */
export function named(name: string, recorder: RecordingDatabase): CapturedQuery[] {
  if (recorder.reads.length === 0) throw new Error(`${name}: expected a query to be sent, but none was`);
  return recorder.reads.map((read, index) => ({
    name: recorder.reads.length > 1 ? `${name} (query ${index + 1})` : name,
    ...read,
  }));
}

/** The node every stand-in write reports: a mutation's payload is then read as `node(id)` of it. */
const WRITTEN = { label: 'Person', properties: { id: 'person:written-by-the-mutation' } } as const;
const WRITE_CHANGE = {
  sequence: 7,
  kind: 'snapshot',
  subject: 'snapshot',
  at: '2025-01-01T00:00:00Z',
  nodeIds: [WRITTEN.properties.id],
  nodeTypes: ['Person'],
  before: null,
  after: null,
};

/**
 * Curation stand-in for mutations: every write succeeds at once and reports WRITTEN (as both ends
 * of a fact link) and one change, so what is captured is what the payload's selection compiles
 * to. The writes' own statements are fixed constants of src/graph/write, not compiled from the
 * operation.
 */
const standInCuration = new Proxy(
  {},
  { get: () => () => Promise.resolve({ result: { ...WRITTEN, from: WRITTEN, to: WRITTEN }, change: WRITE_CHANGE }) },
) as CurationGraph;

/** The statements each operation compiles to, each answered with no records; any GraphQL error throws. */
export async function captureOperations(operations: readonly Operation[]): Promise<CapturedQuery[]> {
  return (await captureEachOperation(operations, { answersMayBeMissing: false })).flat();
}

/**
 * captureOperations, one list of statements per operation, in the operations' order. With
 * `answersMayBeMissing`, errors are not checked: an empty answer makes an unknown id an error, or
 * a payload null where it cannot be, after the statements were sent. (The API tests run the same
 * operations against Neo4j and check their answers.)
 */
export async function captureEachOperation(
  operations: readonly Operation[],
  { answersMayBeMissing }: { readonly answersMayBeMissing: boolean },
): Promise<CapturedQuery[][]> {
  const config = testConfig();
  const apollo = createApolloServer({
    config,
    metrics: createMetrics(),
    logger: pino({ level: 'silent' }),
    schema: createGraphQLSchema(),
  });
  await apollo.start();
  const captured: CapturedQuery[][] = [];
  try {
    for (const operation of operations) {
      const recorder = new RecordingDatabase();
      const engine = new QueryEngine(recorder as unknown as GraphDatabase, 10);
      const contextValue = {
        engine,
        limits: config.limits,
        requestId: operation.name,
        viewer: viewerOf(operation),
        writeGuard: { admit: () => Promise.resolve('snapshot') },
        curation: standInCuration,
      } as unknown as GraphQLContext;
      const response = await apollo.executeOperation(
        { query: operation.query, variables: operation.variables },
        { contextValue },
      );
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      if (errors !== undefined && !answersMayBeMissing) throw new Error(`${operation.name}: ${JSON.stringify(errors)}`);
      captured.push(named(operation.name, recorder));
    }
  } finally {
    await apollo.stop();
  }
  return captured;
}

/** Who sends `operation`: a signed-in subject with its role, or nobody. */
function viewerOf(operation: Operation): Viewer {
  const role = operation.role ?? null;
  return role === null ? ANONYMOUS : { kind: 'authenticated', subject: 'snapshot', roles: [role] };
}
