import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signToken } from '../../src/auth/sign-token';
import { ROLES, type Role } from '../../src/auth/roles';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
  const query = match[1] ?? '';
  const expectations = [...query.matchAll(/^# expect: (.+)$/gm)].map((line) => line[1] ?? '');
  // `# token: editor` marks a write: it is sent with a bearer token of that role.
  const role = /^# token: (\w+)$/m.exec(query)?.[1] ?? null;
  return {
    query,
    expectations,
    role,
    title:
      query.split('\n').find((line) => line.startsWith('{') === false && !line.startsWith('#')) ?? query.slice(0, 40),
  };
});

// The writes are signed with this secret rather than a development secret file in the checkout.
const SECRET = 'readme-examples-secret-of-32-characters-or-more';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer({ AUTH_JWT_SECRET: SECRET });
});

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

describe('README examples', () => {
  it('has the example questions the README promises', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) expect(example.expectations.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))(
    'example %i answers without errors and with what it promises',
    async (_index, example) => {
      const response = await api.graphql(example.query, {}, await headersFor(example.role));
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const body = JSON.stringify(response.data);
      for (const expected of example.expectations) expect(body).toContain(expected);
    },
  );
});
