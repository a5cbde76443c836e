import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningServer } from '../../src/start-server';
import { bearer, startCurationServer, startSecondInstance, tokenFor, type CurationServer } from './curation-fixtures';

// Polled often, so the test does not wait long for each change.
const FAST_POLL = { CHANGE_POLL_INTERVAL_MS: '50' };

interface ChangeEvent {
  readonly graphChanged: { sequence: number; kind: string; subject: string; node: { id: string } | null };
}

let first: CurationServer;
let second: RunningServer;
const clients: Client[] = [];

beforeAll(async () => {
  first = await startCurationServer(FAST_POLL);
  second = await startSecondInstance(FAST_POLL);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
  await second.stop();
  await first.close();
});

function connect(server: { url: string }, authorization: string | null): Client {
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization === null ? {} : { authorization },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Creates a person through the second instance, as another client behind a load balancer would. */
async function createPersonThroughSecond(name: string): Promise<string> {
  const response = await fetch(`${second.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await bearer('writer')) },
    body: JSON.stringify({
      query: `mutation C($name: String!) { createEntity(input: { type: PERSON, name: $name }) { entity { id } } }`,
      variables: { name },
    }),
  });
  const body = (await response.json()) as { data: { createEntity: { entity: { id: string } } } };
  return body.data.createEntity.entity.id;
}

async function lastSequence(): Promise<number> {
  const response = await first.graphql<{ changes: { sequence: number }[] }>(`{ changes(first: 100) { sequence } }`);
  return response.data?.changes.at(-1)?.sequence ?? 0;
}

type Change = ChangeEvent['graphChanged'];

/** The next change delivered, or undefined when the stream ended. */
async function nextChange(
  events: AsyncIterableIterator<FormattedExecutionResult<ChangeEvent, unknown>>,
): Promise<Change | undefined> {
  const result: IteratorResult<FormattedExecutionResult<ChangeEvent, unknown>, unknown> = await events.next();
  return result.done === true ? undefined : result.value.data?.graphChanged;
}

const SUBSCRIPTION = `subscription S($after: Int, $types: [NodeType!]) {
  graphChanged(afterSequence: $after, types: $types) { sequence kind subject node { id } }
}`;

describe('graphChanged', () => {
  it('delivers to a subscriber of one instance the writes made through another, in order', async () => {
    const client = connect(first.server, `Bearer ${await tokenFor('watcher', { roles: ['reader'] })}`);
    const after = await lastSequence();
    const events = client.iterate<ChangeEvent>({
      query: SUBSCRIPTION,
      variables: { after, types: ['PERSON'] },
    });
    const firstId = await createPersonThroughSecond('Subscribed Person One');
    expect(await nextChange(events)).toEqual({
      sequence: after + 1,
      kind: 'createEntity',
      subject: 'writer',
      node: { id: firstId },
    });
    // Written only once the first event arrived: this one comes through the live poll.
    const secondId = await createPersonThroughSecond('Subscribed Person Two');
    expect(await nextChange(events)).toMatchObject({ sequence: after + 2, node: { id: secondId } });
    await events.return?.();
  });

  it('gives a client resuming after a sequence number every change it missed, then live ones', async () => {
    const resumeAfter = await lastSequence();
    const missed = [await createPersonThroughSecond('Missed One'), await createPersonThroughSecond('Missed Two')];
    const client = connect(first.server, null);
    const events = client.iterate<ChangeEvent>({ query: SUBSCRIPTION, variables: { after: resumeAfter } });
    const received = [await nextChange(events), await nextChange(events)];
    expect(received.map((change) => change?.node?.id)).toEqual(missed);
    expect(received.map((change) => change?.sequence)).toEqual([resumeAfter + 1, resumeAfter + 2]);
    const live = await createPersonThroughSecond('Live After Resume');
    expect((await nextChange(events))?.node?.id).toBe(live);
    await events.return?.();
  });

  it('leaves out changes of other node types', async () => {
    const after = await lastSequence();
    const client = connect(first.server, null);
    const events = client.iterate<ChangeEvent>({ query: SUBSCRIPTION, variables: { after, types: ['EVENT'] } });
    await createPersonThroughSecond('Not An Event');
    const response = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer('writer')) },
      body: JSON.stringify({
        query: `mutation { createEvent(input: { name: "Watched event", kind: "meeting", status: PAST }) { event { id } } }`,
      }),
    });
    const eventId = ((await response.json()) as { data: { createEvent: { event: { id: string } } } }).data.createEvent
      .event.id;
    const delivered = await nextChange(events);
    expect(delivered).toMatchObject({ sequence: after + 2, kind: 'createEvent', node: { id: eventId } });
    await events.return?.();
  });

  it('refuses a socket whose token does not verify', async () => {
    const client = connect(first.server, 'Bearer not.a.token');
    const events = client.iterate<ChangeEvent>({ query: SUBSCRIPTION, variables: {} });
    await expect(events.next()).rejects.toMatchObject({ code: 4403 });
  });
});

describe('limits on the socket', () => {
  /** A selection `levels` claims deep under the change's node: depth beyond MAX_QUERY_DEPTH (10). */
  const nested = (levels: number) => {
    let selection = 'id';
    for (let i = 0; i < levels; i += 1) selection = `id ... on Claim { disputes { ${selection} } }`;
    return `subscription Deep { graphChanged { sequence node { ${selection} } } }`;
  };
  // 100 statements, 100 changes of each, and 100 of each change's node: far above MAX_COST
  // (50,000), but only through the variable, which the cost must therefore see.
  const COSTLY = `subscription Costly($n: Int, $after: Int) {
    graphChanged(afterSequence: $after) {
      node {
        ... on Person {
          statements(first: $n) { edges { node { history(first: $n) { node { history(first: $n) { sequence } } } } } }
        }
      }
    }
  }`;

  async function queriesSentBySecond(): Promise<number> {
    const metric = await second.metrics.neo4jQueries.get();
    return metric.values.reduce((sum, value) => sum + value.value, 0);
  }

  /** The errors an operation gets over HTTP, without the request id that differs per request. */
  async function errorsOverHttp(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    return { status: response.status, errors: withoutRequestIds(body.errors) };
  }

  function withoutRequestIds(errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
    return errors?.map(({ extensions, ...rest }) => {
      const { requestId: _requestId, ...others } = extensions ?? {};
      return { ...rest, extensions: others };
    });
  }

  it.each([
    { shape: 'too deep', query: nested(12), variables: {}, code: 'GRAPHQL_VALIDATION_FAILED' },
    { shape: 'too costly', query: COSTLY, variables: { n: 100 }, code: 'QUERY_TOO_COMPLEX' },
  ])(
    'refuses a subscription that is $shape with the error HTTP gives, before any Cypher runs',
    async ({ query, variables, code }) => {
      const overHttp = await errorsOverHttp(query, variables);
      expect(overHttp.status).toBe(400);
      expect(overHttp.errors?.[0]?.extensions).toMatchObject({ code });

      const client = connect(second, null);
      const before = await queriesSentBySecond();
      const events = client.iterate<ChangeEvent>({ query, variables });
      const refusal: unknown = await events.next().then(
        () => 'delivered',
        (errors: unknown) => errors,
      );
      expect(Array.isArray(refusal)).toBe(true);
      const refusalErrors = refusal as { extensions?: Record<string, unknown> }[];
      expect(refusalErrors[0]?.extensions?.requestId).toEqual(expect.stringMatching(/^ws-/));
      expect(withoutRequestIds(refusalErrors)).toEqual(overHttp.errors);
      expect(await queriesSentBySecond()).toBe(before);
    },
  );

  it('lets the same shape through within the limits, and that one reads the database', async () => {
    await createPersonThroughSecond('Within The Limits');
    const client = connect(second, null);
    const before = await queriesSentBySecond();
    // Resuming just before the person's creation: delivered from the log, with no new write.
    const events = client.iterate<ChangeEvent>({
      query: COSTLY,
      variables: { n: 3, after: (await lastSequence()) - 1 },
    });
    const delivered = await events.next();
    expect(delivered.done).toBe(false);
    expect((delivered.value as { data?: { graphChanged: { node: unknown } } }).data?.graphChanged.node).toEqual({
      statements: { edges: [] },
    });
    expect(await queriesSentBySecond()).toBeGreaterThan(before);
    await events.return?.();
  });
});
