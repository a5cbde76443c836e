import { SignJWT } from 'jose';
import type { Role } from '../../src/auth/roles';
import { GraphDatabase } from '../../src/graph/graph-database';
import { startServer, type RunningServer } from '../../src/start-server';
import { startSeededServer, type SeededServer } from '../support/seeded-server';
import { testConfig } from '../support/test-database';

/** The HS256 secret the curation tests configure (AUTH_JWT_SECRET). */
export const TEST_SECRET = 'curation-tests-secret-of-at-least-32-characters';
export const TEST_ISSUER = 'https://issuer.test';
export const TEST_AUDIENCE = 'kg-graphql-test';

/** The environment of a server that checks issuer and audience too. */
export const AUTH_ENVIRONMENT = {
  AUTH_JWT_SECRET: TEST_SECRET,
  AUTH_JWT_ISSUER: TEST_ISSUER,
  AUTH_JWT_AUDIENCE: TEST_AUDIENCE,
};

/** A seeded server; its requests can carry headers (a bearer token). */
export type CurationServer = SeededServer;

/** A server (with AUTH_ENVIRONMENT) over the test Neo4j, loaded with the real article. */
export function startCurationServer(overrides: NodeJS.ProcessEnv = {}): Promise<CurationServer> {
  return startSeededServer({ ...AUTH_ENVIRONMENT, ...overrides });
}

/** Another server instance over the same Neo4j (as behind a load balancer). */
export function startSecondInstance(overrides: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  return startServer(testConfig({ PORT: '0', ...AUTH_ENVIRONMENT, ...overrides }));
}

export interface TokenOptions {
  readonly roles?: readonly Role[];
  readonly expiresIn?: string | number;
  readonly issuer?: string;
  readonly audience?: string;
  readonly secret?: string;
}

/** A real signed token, valid for the test server unless an option says otherwise. */
export function tokenFor(subject: string, options: TokenOptions = {}): Promise<string> {
  return new SignJWT({ roles: [...(options.roles ?? ['editor'])] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setAudience(options.audience ?? TEST_AUDIENCE)
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

export async function bearer(subject: string, options: TokenOptions = {}): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(subject, options)}` };
}

/** Everything a refused write must leave as it was: every node, relationship and the change log. */
export async function graphState(database: GraphDatabase): Promise<Record<string, unknown>> {
  const result = await database.read(`
    CALL () { MATCH (n) RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (c:Change) RETURN count(c) AS changes, max(c.sequence) AS lastSequence }
    RETURN nodes, versions, relationships, changes, lastSequence`);
  const row = result.records[0];
  if (row === undefined) throw new Error('no state row');
  return Object.fromEntries(row.keys.map((key) => [key, String(row.get(key))]));
}

/**
 * The requests every curation test makes, on the server and as the user (headers) its
 * `beforeAll` sets up: both are read when a request is made, not when this is called.
 */
export function curationRequests(server: () => CurationServer, defaultHeaders: () => Record<string, string>) {
  /** Answers an operation that must succeed. */
  async function data<Data>(
    query: string,
    variables: Record<string, unknown> = {},
    headers = defaultHeaders(),
  ): Promise<Data> {
    const response = await server().graphql<Data>(query, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data as Data;
  }

  /** Sends a write that must be refused; checks the graph and the change log did not move. */
  async function refused(query: string, variables: Record<string, unknown>, headers = defaultHeaders()) {
    const before = await graphState(server().database);
    const response = await server().graphql(query, variables, headers);
    expect(response.data ?? null).toBeNull();
    expect(await graphState(server().database)).toEqual(before);
    return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message ?? '' };
  }

  async function versionOf(id: string): Promise<number> {
    const result = await data<{ node: { version: number } }>(`query V($id: ID!) { node(id: $id) { version } }`, {
      id,
    });
    return result.node.version;
  }

  return { data, refused, versionOf };
}
