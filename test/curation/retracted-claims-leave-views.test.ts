import { bearer, startCurationServer, type CurationServer } from './curation-fixtures';

interface View {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string; properties?: { weight?: number } }[];
}

let api: CurationServer;
let editor: Record<string, string>;
/** A claim whose speaker and subject are two steps apart through it alone. */
let chosen: { claim: string; speaker: string; subject: string };

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  // The only claim of its speaker about its subject, and nothing else joins the two within two
  // steps of STATED and ABOUT, so a two-step path between them must go through it.
  const found = await api.database.read(`
    MATCH (s:Person)-[:STATED]->(m:Claim)-[:ABOUT]->(t:Person)
    WHERE s <> t
    WITH s, t, collect(m.id) AS claims WHERE size(claims) = 1
      AND COUNT { (s)-[:STATED|ABOUT]-(c)-[:STATED|ABOUT]-(t) } = 1
      AND NOT EXISTS { (s)--(t) }
    RETURN s.id AS speaker, t.id AS subject, claims[0] AS claim ORDER BY claim LIMIT 1`);
  const row = found.records[0];
  if (row === undefined) throw new Error('The seed has no claim that alone joins its speaker and subject');
  chosen = {
    claim: row.get('claim') as string,
    speaker: row.get('speaker') as string,
    subject: row.get('subject') as string,
  };
});
afterAll(async () => {
  await api.close();
});

async function read<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.graphql<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

const neighbourhoodOfSpeaker = async () =>
  (
    await read<{ neighborhood: View }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 1000) { nodes { id } edges { id source target } } }`,
      { id: chosen.speaker },
    )
  ).neighborhood;

const pathsToSubject = async () => {
  const data = await read<{ twoSteps: View | null; anyWay: View | null }>(
    `query($from: ID!, $to: ID!) {
      twoSteps: path(from: $from, to: $to, maxLength: 2, via: [STATED, ABOUT]) { nodes { id } edges { id source target } }
      anyWay: path(from: $from, to: $to) { nodes { id } edges { id source target } }
    }`,
    { from: chosen.speaker, to: chosen.subject },
  );
  return [data.twoSteps, data.anyWay];
};

/** A view exported as D3 JSON; a path export that finds no path (404) shows nothing. */
async function exported(query: string): Promise<View> {
  const response = await fetch(`${api.server.url}/export?format=d3&${query}`);
  if (response.status === 404 && query.startsWith('from=')) return { nodes: [], edges: [] };
  expect(response.status).toBe(200);
  const d3 = (await response.json()) as { nodes: { id: string }[]; links: View['edges'] };
  return { nodes: d3.nodes, edges: d3.links };
}

const everyExport = () =>
  Promise.all([
    exported(''),
    exported(`focus=${encodeURIComponent(chosen.speaker)}&depth=2`),
    exported(`from=${encodeURIComponent(chosen.speaker)}&to=${encodeURIComponent(chosen.subject)}&maxLength=2`),
  ]);

const spokeAbout = async (where: Record<string, unknown> | null) =>
  (
    await read<{ claimNetwork: View }>(
      `query($where: ClaimWhere) { claimNetwork(where: $where, limit: 1000) { nodes { id } edges { id source target properties } } }`,
      { where },
    )
  ).claimNetwork.edges.find((edge) => edge.source === chosen.speaker && edge.target === chosen.subject);

/** Whether the claim, or any edge to or from it, is in a view. */
function shows(view: View | null, id: string): boolean {
  if (view === null) return false;
  return (
    view.nodes.some((node) => node.id === id) || view.edges.some((edge) => edge.source === id || edge.target === id)
  );
}

describe('a retracted claim', () => {
  it('leaves the neighbourhood of its speaker, paths, every export and the claim network', async () => {
    const { claim } = chosen;
    // Before: each view shows it, so the checks below can fail.
    expect(shows(await neighbourhoodOfSpeaker(), claim)).toBe(true);
    const [twoSteps] = await pathsToSubject();
    expect(twoSteps?.nodes.map((node) => node.id)).toEqual([chosen.speaker, claim, chosen.subject]);
    for (const view of await everyExport()) expect(shows(view, claim)).toBe(true);
    expect((await spokeAbout(null))?.properties?.weight).toBe(1);

    const { node } = await read<{ node: { version: number } }>(
      `query($id: ID!) { node(id: $id) { ... on Claim { version } } }`,
      { id: claim },
    );
    const retracted = await api.graphql(
      `mutation($id: ID!, $v: Int!) { retractClaim(id: $id, reason: "misattributed", expectedVersion: $v) { claim { retracted } } }`,
      { id: claim, v: node.version },
      editor,
    );
    expect(retracted.errors).toBeUndefined();

    expect(shows(await neighbourhoodOfSpeaker(), claim)).toBe(false);
    const after = await pathsToSubject();
    expect(after[0]).toBeNull();
    for (const path of after) expect(shows(path, claim)).toBe(false);
    for (const view of await everyExport()) expect(shows(view, claim)).toBe(false);
    expect(await spokeAbout(null)).toBeUndefined();
    // Asked about, it is counted again, as `claims(where: {retracted: true})` lists it.
    expect((await spokeAbout({ retracted: true }))?.properties).toEqual({ weight: 1, claimIds: [claim] });
  });

  it('is still the centre of its own neighbourhood when asked for by id', async () => {
    const { neighborhood } = await read<{ neighborhood: View }>(
      `query($id: ID!) { neighborhood(id: $id) { nodes { id } edges { id source target } } }`,
      { id: chosen.claim },
    );
    expect(neighborhood.nodes[0]?.id).toBe(chosen.claim);
    expect(neighborhood.nodes.map((node) => node.id)).toContain(chosen.speaker);
  });
});
