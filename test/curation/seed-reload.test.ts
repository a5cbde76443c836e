import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { bearer, curationRequests, startCurationServer, type CurationServer } from './curation-fixtures';

const PUTIN = 'person:vladimir-putin';
const VALAAM_MEETING = 'event:valaam-meeting-2025';

let api: CurationServer;
let editor: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  admin = await bearer('ada', { roles: ['admin'] });
});
afterAll(async () => {
  await api.close();
});

const { data, versionOf } = curationRequests(
  () => api,
  () => editor,
);

const participantsOf = async (event: string) =>
  (
    await data<{ node: { participants: { agent: { id: string } }[] } }>(
      `query P($id: ID!) { node(id: $id) { ... on Event { participants { agent { ... on Entity { id } } } } } }`,
      { id: event },
    )
  ).node.participants.map((participant) => participant.agent.id);

describe('reloading the seed files after curators wrote to what they declare', () => {
  it('keeps every curator edit: properties, retractions, added and removed facts, and merged ids', async () => {
    const people = await data<{ people: { edges: { node: { id: string } }[] } }>(
      `{ people(first: 100) { edges { node { id } } } }`,
    );
    const ids = people.people.edges.map((edge) => edge.node.id);
    const participants = await participantsOf(VALAAM_MEETING);
    const outsider = ids.find((id) => !participants.includes(id) && id !== PUTIN) as string;
    const removed = participants.find((id) => id !== PUTIN) as string;
    const [keep, merge] = ids.filter((id) => id !== PUTIN && id !== outsider && id !== removed).slice(-2) as [
      string,
      string,
    ];
    const claim = await data<{ claims: { edges: { node: { id: string; version: number } }[] } }>(
      `{ claims(where: {speaker: {id: {eq: "${PUTIN}"}}}, first: 1) { edges { node { id ... on Claim { version } } } } }`,
    );
    const claimId = claim.claims.edges[0]?.node.id as string;

    await data(
      `mutation U($id: ID!, $v: Int!) { updateEntity(id: $id, expectedVersion: $v, input: {description: "Written by a curator."}) { entity { id } } }`,
      { id: PUTIN, v: await versionOf(PUTIN) },
    );
    await data(
      `mutation R($id: ID!, $v: Int!) { retractClaim(id: $id, reason: "Misattributed.", expectedVersion: $v) { claim { id } } }`,
      { id: claimId, v: await versionOf(claimId) },
    );
    await data(`mutation A($input: AddParticipationInput!) { addParticipation(input: $input) { event { id } } }`, {
      input: { agentId: outsider, eventId: VALAAM_MEETING, background: 'Known from a press office list.' },
    });
    await data(
      `mutation D($agent: ID!, $event: ID!) { removeParticipation(agentId: $agent, eventId: $event) { event { id } } }`,
      { agent: removed, event: VALAAM_MEETING },
    );
    await data(
      `mutation M($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { entity { id } } }`,
      { keep, merge },
      admin,
    );

    const reloaded = await loadSeed(api.database, readSeedInputs([DEFAULT_SEED_DIR]).inputs);
    expect(reloaded.kind).toBe('loaded');

    const putin = await data<{ node: { description: string } }>(
      `{ node(id: "${PUTIN}") { ... on Person { description } } }`,
    );
    expect(putin.node.description).toBe('Written by a curator.');
    const retracted = await data<{ node: { retracted: boolean; retraction: { reason: string } | null } }>(
      `{ node(id: "${claimId}") { ... on Claim { retracted retraction { reason } } } }`,
    );
    expect(retracted.node).toEqual({ retracted: true, retraction: { reason: 'Misattributed.' } });
    const after = await participantsOf(VALAAM_MEETING);
    expect(after).toContain(outsider);
    expect(after).not.toContain(removed);
    const stored = await api.database.read('MATCH (n:Node {id: $id}) RETURN count(n) AS count', { id: merge });
    expect(Number(stored.records[0]?.get('count'))).toBe(0);
    const resolved = await data<{ node: { id: string } }>(`query N($id: ID!) { node(id: $id) { id } }`, { id: merge });
    expect(resolved.node.id).toBe(keep);
  });
});
