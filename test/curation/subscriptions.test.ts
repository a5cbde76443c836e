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
