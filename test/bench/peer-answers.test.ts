import { listBenchOperations, type BenchOperation } from '../../bench/bench-operations';
import { OPERATION_NAMES, PAGE_SIZES, type GraphQLRequests } from '../../bench/operation-sides';
import { startPeerServer, type PeerServer } from '../../bench/peer/start-peer-server';
import { TIMELINE_WINDOW, type BenchSamples } from '../../bench/pick-bench-samples';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { startSeededServer, type SeededServer } from '../support/seeded-server';
import { testConfig } from '../support/test-database';
import * as normalize from './normalize-bench-answers';

type Data = Record<string, unknown>;

let api: SeededServer;
let peer: PeerServer;
let operations: Map<string, BenchOperation>;

/**
 * Samples from the real article, chosen by the data rather than by name: every person with
 * statements, second pages after an offset, and people listed from a name in the middle.
 */
async function pickArticleSamples(): Promise<BenchSamples> {
  const rows = async (cypher: string, parameters: Record<string, unknown> = {}) =>
    (await api.database.read(cypher, parameters)).records.map((record) => record.toObject());
  const speakers = (
    await rows(
      'MATCH (p:Person) WHERE COUNT { (p)-[:STATED]->() } > 0 RETURN p.id AS id ORDER BY COUNT { (p)-[:STATED]->() } DESC, id',
    )
  ).map((row) => row.id as string);
  const speakerPages = [];
  for (const speaker of speakers) {
    speakerPages.push({ speaker, after: null, afterOffset: null });
    const [cursor] = await rows(
      'MATCH (:Node {id: $speaker})-[:STATED]->(c:Claim) RETURN c.id AS id ORDER BY id SKIP 4 LIMIT 1',
      {
        speaker,
      },
    );
    if (cursor !== undefined) speakerPages.push({ speaker, after: cursor.id as string, afterOffset: 4 });
  }
  const [event] = await rows(
    `MATCH (m:Event) WHERE m.endsOn >= $from AND m.startsOn <= $to
     RETURN [m.startsOn, m.id] AS key ORDER BY m.startsOn, m.id SKIP 4 LIMIT 1`,
    TIMELINE_WINDOW,
  );
  const [person] = await rows('MATCH (p:Person) RETURN p.name AS name ORDER BY p.name, p.id SKIP 2 LIMIT 1');
  return {
    speakers,
    speakerPages,
    hubs: [],
    hubPairs: [],
    searchTexts: [],
    timelinePages: [
      { after: null, afterOffset: null },
      ...(event === undefined ? [] : [{ after: event.key as [string, string], afterOffset: 4 }]),
    ],
    peopleFromNames: ['', ...(person === undefined ? [] : [person.name as string])],
  };
}

beforeAll(async () => {
  api = await startSeededServer();
  peer = await startPeerServer(testConfig({ PORT: '0', HOST: '127.0.0.1' }));
  const samples = await pickArticleSamples();
  operations = new Map(listBenchOperations(samples).map((operation) => [operation.name, operation]));
});
afterAll(async () => {
  await peer?.stop();
  await api?.close();
});

async function ask(url: string, requests: GraphQLRequests, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: requests.query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(requests.hasData(body.data ?? {})).toBe(true);
  return body.data as Data;
}

function operationNamed(name: string): BenchOperation {
  const operation = operations.get(name);
  if (operation === undefined) throw new Error(`Expected a benchmark operation named "${name}", but there is none`);
  return operation;
}

/** Both servers answer every sample of `name` alike, once reduced to the same shape. */
async function compareOursWithPeer<Answer>(
  name: string,
  ofOurs: (data: Data) => Answer,
  ofPeer: (data: Data) => Answer,
): Promise<Answer[]> {
  const operation = operationNamed(name);
  if (operation.ours === null || operation.peer === null)
    throw new Error(`${name}: expected both servers to answer it`);
  expect(operation.peer.variableSets).toHaveLength(operation.ours.variableSets.length);
  const answers: Answer[] = [];
  for (const [index, variables] of operation.ours.variableSets.entries()) {
    const ours = ofOurs(await ask(api.server.url, operation.ours, variables));
    const theirs = ofPeer(await ask(peer.url, operation.peer, operation.peer.variableSets[index] ?? {}));
    expect(theirs).toEqual(ours);
    answers.push(ours);
  }
  return answers;
}

/** The peer and the raw floor answer every sample of `name` alike. */
async function comparePeerWithRaw<Answer>(
  name: string,
  ofPeer: (data: Data) => Answer,
  ofRaw: (rows: readonly Data[]) => Answer,
): Promise<Answer[]> {
  const operation = operationNamed(name);
  if (operation.peer === null) throw new Error(`${name}: expected the peer to answer it`);
  const answers: Answer[] = [];
  for (const [index, parameters] of operation.raw.parameterSets.entries()) {
    const theirs = ofPeer(await ask(peer.url, operation.peer, operation.peer.variableSets[index] ?? {}));
    const result = await api.database.read(operation.raw.cypher, parameters);
    expect(theirs).toEqual(ofRaw(result.records.map((record) => record.toObject())));
    answers.push(theirs);
  }
  return answers;
}

describe('the benchmark peer (@neo4j/graphql) on the seeded article', () => {
  it('answers a person’s statements with their subjects and sources as our server does', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.personStatements,
      normalize.personStatementsOfOurs,
      normalize.personStatementsOfPeer,
    );
    expect(answers.some((answer) => answer !== null && answer.statements.some((claim) => claim.about.length > 0))).toBe(
      true,
    );
  });

  it('answers a speaker’s pages of claims with the total as our server does, second pages included', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.speakerClaims,
      normalize.speakerClaimsOfOurs,
      normalize.speakerClaimsOfPeer,
    );
    expect(answers.filter((answer) => answer.claims.length > 0).length).toBeGreaterThan(1);
  });

  it('answers the 2025 timeline, first and later pages, as our server does', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.timeline,
      normalize.timelineOfOurs,
      normalize.timelineOfPeer,
    );
    expect(answers).toHaveLength(2);
    expect(answers[0]?.events.length).toBeGreaterThan(4);
  });

  it('answers 20 people with statements, events and places as our server does', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.peopleNested,
      normalize.peopleNestedOfOurs,
      normalize.peopleNestedOfPeer,
    );
    const people = answers.flat();
    expect(people.some((person) => person.events.some((event) => event.places.length > 0))).toBe(true);
    expect(people.some((person) => person.statements.length > 0)).toBe(true);
  });

  it('answers a filtered, sorted claim list as our server does', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.filteredClaims,
      normalize.filteredClaimsOfOurs,
      normalize.filteredClaimsOfPeer,
    );
    expect(answers.some((answer) => (answer?.claims.length ?? 0) > 1)).toBe(true);
  });

  it('answers a filtered, sorted claim list as the raw floor does', async () => {
    const answers = await comparePeerWithRaw(
      OPERATION_NAMES.filteredClaims,
      normalize.filteredClaimsOfPeer,
      normalize.filteredClaimsOfRaw,
    );
    expect(answers.some((answer) => (answer?.claims.length ?? 0) > 1)).toBe(true);
  });

  it('answers claim counts by speaker as our server’s claim groups do, once the client keeps the largest', async () => {
    const answers = await compareOursWithPeer(
      OPERATION_NAMES.countsBySpeaker,
      normalize.countsBySpeakerOfOurs,
      (data) => normalize.countsBySpeakerOfPeer(data, PAGE_SIZES.speakerGroups),
    );
    expect(answers.some((answer) => answer.length > 1)).toBe(true);
  });

  it('answers claim counts by speaker as the raw floor does, once the client keeps the largest', async () => {
    const answers = await comparePeerWithRaw(
      OPERATION_NAMES.countsBySpeaker,
      (data) => normalize.countsBySpeakerOfPeer(data, PAGE_SIZES.speakerGroups),
      normalize.countsBySpeakerOfRaw,
    );
    expect(answers.some((answer) => answer.length > 1)).toBe(true);
  });

  it('has every operation answered by our server too', () => {
    expect([...operations.values()].filter((operation) => operation.ours === null)).toEqual([]);
  });
});

describe('the raw floor of the new operations', () => {
  it('answers 20 people with statements, events and places as our server does', async () => {
    const operation = operationNamed(OPERATION_NAMES.peopleNested);
    if (operation.ours === null) throw new Error('expected our server to answer it');
    for (const [index, variables] of operation.ours.variableSets.entries()) {
      const ours = normalize.peopleNestedOfOurs(await ask(api.server.url, operation.ours, variables));
      const result = await api.database.read(operation.raw.cypher, operation.raw.parameterSets[index]);
      const raw = result.records.map((record) => toPlainValue(record.toObject()));
      expect(raw).toEqual(ours);
    }
  });
});
