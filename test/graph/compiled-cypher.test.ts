import { ROLES, type Role } from '../../src/auth/roles';
import neo4j from 'neo4j-driver';
import { parse, Kind } from 'graphql';
import { createGraphQLSchema } from '../../src/graphql/create-graphql-schema';
import { readDocumentedExamples } from '../../src/http/read-documented-examples';
import { captureEachOperation, type CapturedQuery, type Operation } from '../support/capture-compiled-cypher';
import { nestedWhereShapes, orderAndPageShapes, whereShapes } from './compiled-cypher-shapes';

/**
 * The Cypher every documented operation and a generated set of where, orderBy and paging shapes
 * compile to, pinned as snapshots without a database (the statements are recorded, never sent):
 * a change of the generated Cypher is a snapshot diff to review. That the Cypher is right is the
 * business of the tests against Neo4j (differential, query plans, API).
 */

/** Parameters as a snapshot shows them: Neo4j integers told apart from floats. */
function readableParameters(parameters: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const readable = (value: unknown): unknown => {
    if (neo4j.isInt(value)) return { Integer: value.toString() };
    if (Array.isArray(value)) return value.map(readable);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, readable(inner)]));
    return value;
  };
  return Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, readable(value)]));
}

function snapshotOf(statements: readonly CapturedQuery[]) {
  return statements.map(({ cypher, parameters }) => ({ cypher, parameters: readableParameters(parameters) }));
}

const schema = createGraphQLSchema();

/** The documented operations, by page and title; GraphiQL preloads the same ones. */
/** A documented example's `# token:` role, checked against the roles there are. */
function toRole(role: string | null): Role | null {
  if (role === null) return null;
  const known = ROLES.find((candidate) => candidate === role);
  if (known === undefined) throw new Error(`# token: ${role} names no role (${ROLES.join(', ')})`);
  return known;
}

const documented: Operation[] = readDocumentedExamples().map((example) => ({
  name: `${example.page}: ${example.title}`,
  query: example.document,
  variables: {},
  role: toRole(example.role),
}));

const generated: Operation[] = [...whereShapes(schema), ...orderAndPageShapes(schema), ...nestedWhereShapes()];

/** The root fields of an operation's first definition: each costs one statement. */
function rootFieldsOf(document: string): number {
  const [operation] = parse(document).definitions;
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections.length : 0;
}

describe('compiled Cypher, pinned without a database', () => {
  let documentedStatements: CapturedQuery[][];
  let generatedStatements: CapturedQuery[][];

  beforeAll(async () => {
    // Empty answers: an unknown id or a null payload is an error after the statement was sent.
    documentedStatements = await captureEachOperation(documented, { answersMayBeMissing: true });
    generatedStatements = await captureEachOperation(generated, { answersMayBeMissing: false });
  });

  it('covers every documented operation and a few hundred generated shapes', () => {
    expect(documented.length).toBeGreaterThanOrEqual(10);
    expect(generated.length).toBeGreaterThanOrEqual(200);
  });

  it('sends one statement per root field of every documented read, mutations once per payload node', () => {
    documented.forEach((operation, index) => {
      const sent = documentedStatements[index]?.length ?? 0;
      if (/^\s*(#.*\n\s*)*query\b/.test(operation.query)) expect(sent).toBe(rootFieldsOf(operation.query));
      else expect(sent).toBeGreaterThan(0);
    });
  });

  it.each(documented.map((operation, index) => [operation.name, index] as const))(
    '%s compiles to its pinned statements',
    (_name, index) => {
      expect(snapshotOf(documentedStatements[index] ?? [])).toMatchSnapshot();
    },
  );

  it.each(generated.map((operation, index) => [operation.name, index] as const))(
    '%s compiles to its pinned statement',
    (_name, index) => {
      const statements = generatedStatements[index] ?? [];
      expect(statements).toHaveLength(1);
      expect(snapshotOf(statements)).toMatchSnapshot();
    },
  );
});
