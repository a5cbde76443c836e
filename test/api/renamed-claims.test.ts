import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

describe('renamed claims', () => {
  it.each([
    ['claim:putin-weekend-devoted-to-discussion', 'claim:lukashenko-weekend-devoted-to-discussion'],
    ['claim:putin-smolensk-skit-but-no-belarusian-skit', 'claim:lukashenko-smolensk-skit-but-no-belarusian-skit'],
  ])('answers node(id: "%s") with the renamed claim %s, spoken by Lukashenko', async (former, renamed) => {
    const response = await api.graphql<{ node: { id: string; speaker: { id: string } } }>(
      'query Renamed($id: ID!) { node(id: $id) { id ... on Claim { speaker { ... on Person { id } } } } }',
      { id: former },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toEqual({ id: renamed, speaker: { id: 'person:alexander-lukashenko' } });
  });
});
