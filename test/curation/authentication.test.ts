import type { RunningServer } from '../../src/start-server';
import {
  bearer,
  type CurationServer,
  graphState,
  startCurationServer,
  startSecondInstance,
  TEST_SECRET,
  tokenFor,
} from './curation-fixtures';

const CREATE_PERSON = `mutation Create($name: String!) {
  createEntity(input: { type: PERSON, name: $name }) { entity { id name version } change { sequence subject kind } }
}`;

let api: CurationServer;
beforeAll(async () => {
  api = await startCurationServer();
});
afterAll(async () => {
  await api.close();
});

async function refusedWrite(headers: Record<string, string>, name: string) {
  const before = await graphState(api.database);
  const response = await api.graphql(CREATE_PERSON, { name }, headers);
  expect(await graphState(api.database)).toEqual(before);
  return {
    status: response.status,
    code: response.errors?.[0]?.extensions?.code,
    message: response.errors?.[0]?.message,
  };
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}

describe('writes with a valid token', () => {
  it('are made under the token subject and recorded in the change log', async () => {
    const response = await api.graphql<{
      createEntity: { entity: { name: string; version: number }; change: { subject: string; kind: string } };
    }>(CREATE_PERSON, { name: 'Auth Test Person' }, await bearer('alice'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.createEntity.entity).toMatchObject({ name: 'Auth Test Person', version: 1 });
    expect(response.data?.createEntity.change).toMatchObject({ subject: 'alice', kind: 'createEntity' });
  });
});

describe('writes without a usable token are refused and change nothing', () => {
  it('refuses a write without a token as UNAUTHENTICATED', async () => {
    expect(await refusedWrite({}, 'No Token')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired token with HTTP 401', async () => {
    const expired = await tokenFor('alice', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const refusal = await refusedWrite({ authorization: `Bearer ${expired}` }, 'Expired');
    expect(refusal).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(refusal.message).toMatch(/exp/);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const forged = tamper(await tokenFor('mallory', { roles: ['reader'] }));
    expect(await refusedWrite({ authorization: `Bearer ${forged}` }, 'Tampered')).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'mallory', roles: ['admin'], exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    expect(await refusedWrite({ authorization: `Bearer ${unsigned}` }, 'Unsigned')).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a token signed with another secret', async () => {
    const other = await tokenFor('mallory', { secret: `${TEST_SECRET}-but-another-one` });
    expect(await refusedWrite({ authorization: `Bearer ${other}` }, 'Other Secret')).toMatchObject({ status: 401 });
  });

  it('refuses a token of another issuer or for another audience', async () => {
    const issuer = await tokenFor('alice', { issuer: 'https://elsewhere.test' });
    const audience = await tokenFor('alice', { audience: 'another-api' });
    expect(await refusedWrite({ authorization: `Bearer ${issuer}` }, 'Wrong Issuer')).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await refusedWrite({ authorization: `Bearer ${audience}` }, 'Wrong Audience')).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a reader token on a write as FORBIDDEN, naming the role needed', async () => {
    const refusal = await refusedWrite(await bearer('rita', { roles: ['reader'] }), 'Reader Write');
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).toContain('editor');
  });

  it('refuses an editor token on an admin operation', async () => {
    const before = await graphState(api.database);
    const response = await api.graphql(
      `mutation { mergeEntities(keep: "person:vladimir-putin", merge: "person:alexander-lukashenko") { entity { id } } }`,
      {},
      await bearer('alice'),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphState(api.database)).toEqual(before);
  });
});

describe('reads', () => {
  it('stay public by default', async () => {
    const response = await api.graphql(`{ node(id: "person:vladimir-putin") { id version } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: { id: 'person:vladimir-putin', version: 1 } });
  });

  describe('with AUTH_REQUIRE_READ', () => {
    let strict: RunningServer;
    beforeAll(async () => {
      strict = await startSecondInstance({ AUTH_REQUIRE_READ: 'true' });
    });
    afterAll(async () => {
      await strict.stop();
    });

    const read = async (headers: Record<string, string>) => {
      const response = await fetch(`${strict.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ node(id: "person:vladimir-putin") { id } }' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { errors?: { extensions: { code: string } }[] },
      };
    };

    it('refuses a read without a token with HTTP 401', async () => {
      const { status, body } = await read({});
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('answers a read with a reader token', async () => {
      const { status, body } = await read(await bearer('rita', { roles: ['reader'] }));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });
});

describe('the write rate', () => {
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await startSecondInstance({ WRITE_RATE_LIMIT: '2' });
  });
  afterAll(async () => {
    await limited.stop();
  });

  it('refuses a subject past its writes per window with RATE_LIMITED, and not another subject', async () => {
    const create = async (subject: string, name: string) => {
      const response = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer(subject)) },
        body: JSON.stringify({ query: CREATE_PERSON, variables: { name } }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
      return body.errors?.[0];
    };
    expect(await create('busy', 'Rate One')).toBeUndefined();
    expect(await create('busy', 'Rate Two')).toBeUndefined();
    const refused = await create('busy', 'Rate Three');
    expect(refused?.extensions.code).toBe('RATE_LIMITED');
    expect(refused?.message).toMatch(/At most 2 writes per 60 s/);
    expect(await create('calm', 'Rate Four')).toBeUndefined();
  });
});
