import { Kind, OperationTypeNode, parse } from 'graphql';
import { ROLES, type Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/sign-token';
import { readDocumentedExamples } from '../../src/http/read-documented-examples';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

const examples = readDocumentedExamples();

// The writes are signed with this secret rather than a development secret file in the checkout.
const SECRET = 'readme-examples-secret-of-32-characters-or-more';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer({ AUTH_JWT_SECRET: SECRET });
});

/** The headers of an example: a bearer token of its `# token:` role, none for a read. */
async function headersFor(role: string | null): Promise<Record<string, string>> {
  if (role === null) return {};
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role in a README example: ${role}`);
  const token = await signToken({
    secret: SECRET,
    subject: 'readme',
    roles: [role as Role],
    ttl: '5m',
    rolesClaim: 'roles',
    issuer: null,
    audience: null,
  });
  return { authorization: `Bearer ${token}` };
}
afterAll(async () => {
  await api.close();
});

/** The Cypher queries a read should cost: one per root field, the path too; null for a mutation. */
function queriesOfRead(document: string): number | null {
  const [operation] = parse(document).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== OperationTypeNode.QUERY) return null;
  return operation.selectionSet.selections.length;
}

describe('README examples', () => {
  it('has the example questions the README promises, each a named operation with expectations', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const names = new Set<string>();
    for (const example of examples) {
      expect(example.expectations.length).toBeGreaterThan(0);
      const [operation] = parse(example.document).definitions;
      const name = operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
      expect(name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      names.add(name ?? '');
    }
    expect(names.size).toBe(examples.length);
  });

  it.each(examples.map((example) => [example.title, example] as const))(
    '"%s" answers without errors and with what it promises, a read in one Cypher query per root field',
    async (_title, example) => {
      const sentBefore = await api.queriesSent();
      const response = await api.graphql(example.document, {}, await headersFor(example.role));
      const sent = (await api.queriesSent()) - sentBefore;
      const reads = queriesOfRead(example.document);
      if (reads !== null) expect(sent).toBe(reads);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const body = JSON.stringify(response.data);
      for (const expected of example.expectations) expect(body).toContain(expected);
    },
  );
});
