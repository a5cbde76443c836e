import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { countClaimPairs } from '../support/count-claim-pairs';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

async function download(query: string) {
  const response = await fetch(`${api.server.url}/export?${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: await response.text(),
  };
}

/** Node and edge counts of each format, each read by an independent reader. */
async function countsOf(query: string): Promise<Record<string, [number, number]>> {
  const counts: Record<string, [number, number]> = {};
  const cy = cytoscape({
    headless: true,
    elements: (
      JSON.parse((await download(`format=cytoscape&${query}`)).body) as { elements: cytoscape.ElementsDefinition }
    ).elements,
  });
  counts.cytoscape = [cy.nodes().length, cy.edges().length];
  const graphology = Graph.from(JSON.parse((await download(`format=graphology&${query}`)).body) as SerializedGraph);
  counts.graphology = [graphology.order, graphology.size];
  const d3 = JSON.parse((await download(`format=d3&${query}`)).body) as { nodes: unknown[]; links: unknown[] };
  counts.d3 = [d3.nodes.length, d3.links.length];
  const graphml = parseGraphml(Graph, (await download(`format=graphml&${query}`)).body, { DOMParser } as never);
  counts.graphml = [graphml.order, graphml.size];
  const gexf = parseGexf(Graph, (await download(`format=gexf&${query}`)).body, { DOMParser } as never);
  counts.gexf = [gexf.order, gexf.size];
  return counts;
}

describe('GET /export', () => {
  it('serves the whole graph in every format with the same node and edge counts', async () => {
    const counts = await countsOf('');
    const distinct = new Set(Object.values(counts).map((pair) => pair.join('/')));
    expect(distinct.size).toBe(1);
    // 196 nodes of the Valaam article, 23 the second article defines.
    expect(counts.cytoscape?.[0]).toBe(219);
  });

  it('serves a neighbourhood and a path with the same counts in every format', async () => {
    for (const query of ['focus=person:vladimir-putin&depth=1', 'from=person:donald-trump&to=person:emmanuel-macron']) {
      const counts = await countsOf(query);
      expect(new Set(Object.values(counts).map((pair) => pair.join('/'))).size).toBe(1);
    }
  });

  it('sets the content type and a file name', async () => {
    const graphml = await download('format=graphml&focus=place:valaam');
    expect(graphml.status).toBe(200);
    expect(graphml.type).toContain('application/graphml+xml');
    expect(graphml.disposition).toBe('attachment; filename="kg-neighborhood-place_valaam.graphml"');
    expect((await download('format=d3')).type).toContain('application/json');
  });

  it('marks a cut view truncated', async () => {
    const d3 = JSON.parse((await download('format=d3&limit=10')).body) as { nodes: unknown[]; truncated: boolean };
    expect(d3.nodes).toHaveLength(10);
    expect(d3.truncated).toBe(true);
  });

  it('filters by type', async () => {
    const d3 = JSON.parse((await download('format=d3&types=PERSON,PLACE')).body) as { nodes: { type: string }[] };
    expect(new Set(d3.nodes.map((node) => node.type))).toEqual(new Set(['PERSON', 'PLACE']));
  });

  it.each([
    ['format=svg', 400, 'format must be one of cytoscape, graphology, d3, graphml, gexf, but got: "svg"'],
    ['', 400, 'format must be one of cytoscape, graphology, d3, graphml, gexf, but got: null'],
    ['format=d3&depth=9&focus=place:valaam', 400, 'depth must be an integer from 1 to 3, but got: "9"'],
    ['format=d3&limit=0', 400, 'limit must be an integer from 1 to 1000, but got: "0"'],
    [
      'format=d3&types=PEOPLE',
      400,
      'types must list node types (PERSON, ORGANIZATION, PLACE, EVENT, CLAIM, SOURCE), but got: "PEOPLE"',
    ],
    ['format=d3&focus=person:nobody', 404, 'No node has the id "person:nobody"'],
    ['format=d3&from=person:nobody&to=place:valaam', 404, 'No node has the id "person:nobody"'],
  ])('answers %s with %i and a JSON error naming the problem', async (query, status, message) => {
    const response = await download(query);
    expect(response.status).toBe(status);
    expect(response.type).toContain('application/json');
    const body = JSON.parse(response.body) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toBe(message);
    expect(body.errors[0]?.extensions.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
  });
});

const LUKASHENKO = 'person:alexander-lukashenko';

type Weights = Map<string, unknown>;

/** The weight of every edge as each format's own reader gives it, keyed `source->target`. */
async function weightsOf(query: string): Promise<Record<string, Weights>> {
  const fromGraphology = (graph: Graph): Weights => {
    return new Map(
      graph.mapEdges((key) => [`${graph.source(key)}->${graph.target(key)}`, graph.getEdgeAttribute(key, 'weight')]),
    );
  };
  const cy = cytoscape({
    headless: true,
    elements: (
      JSON.parse((await download(`format=cytoscape&${query}`)).body) as { elements: cytoscape.ElementsDefinition }
    ).elements,
  });
  const d3 = JSON.parse((await download(`format=d3&${query}`)).body) as {
    links: { source: string; target: string; weight: unknown }[];
  };
  return {
    cytoscape: new Map(cy.edges().map((edge) => [`${edge.source().id()}->${edge.target().id()}`, edge.data('weight')])),
    graphology: fromGraphology(
      Graph.from(JSON.parse((await download(`format=graphology&${query}`)).body) as SerializedGraph),
    ),
    d3: new Map(d3.links.map((link) => [`${link.source}->${link.target}`, link.weight])),
    graphml: fromGraphology(
      parseGraphml(Graph, (await download(`format=graphml&${query}`)).body, { DOMParser } as never),
    ),
    gexf: fromGraphology(parseGexf(Graph, (await download(`format=gexf&${query}`)).body, { DOMParser } as never)),
  };
}

describe('GET /export?view=claim-network', () => {
  it('serves who speaks about whom in every format, each read back with the weights intact', async () => {
    const expected = await countClaimPairs(api.database);
    expect(expected.size).toBeGreaterThan(10);
    expect([...expected.values()].some((weight) => weight > 1)).toBe(true);
    const read = await weightsOf('view=claim-network');
    for (const format of Object.keys(read)) expect([format, read[format]]).toEqual([format, expected]);
    const counts = await countsOf('view=claim-network');
    expect(new Set(Object.values(counts).map((pair) => pair.join('/'))).size).toBe(1);
    expect(counts.d3?.[1]).toBe(expected.size);
  });

  it('filters its claims by where, a ClaimWhere as JSON, in every format', async () => {
    const where = encodeURIComponent(JSON.stringify({ speaker: { id: { eq: LUKASHENKO } }, kind: { in: ['QUOTE'] } }));
    const expected = await countClaimPairs(api.database, {
      condition: `s.id = $id AND m.kind = 'QUOTE'`,
      parameters: { id: LUKASHENKO },
    });
    expect(expected.size).toBeGreaterThan(0);
    const read = await weightsOf(`view=claim-network&where=${where}`);
    for (const format of Object.keys(read)) expect([format, read[format]]).toEqual([format, expected]);
  });

  it('names its file, and marks a cut network truncated', async () => {
    const gexf = await download('format=gexf&view=claim-network&limit=3');
    expect(gexf.status).toBe(200);
    expect(gexf.disposition).toBe('attachment; filename="kg-claim-network.gexf"');
    const d3 = JSON.parse((await download('format=d3&view=claim-network&limit=3')).body) as {
      nodes: unknown[];
      truncated: boolean;
    };
    expect(d3.nodes.length).toBeLessThanOrEqual(3);
    expect(d3.truncated).toBe(true);
  });

  it.each([
    ['format=d3&view=network', 'view', 'view must be claim-network (or absent'],
    ['format=d3&view=claim-network&where=speaker', 'where', 'where must be a ClaimWhere as a JSON object'],
    ['format=d3&view=claim-network&where=[1]', 'where', 'where must be a ClaimWhere as a JSON object, but got: [1]'],
    [
      'format=d3&view=claim-network&where={"bogus":{}}',
      'where',
      'where must fit ClaimWhere, as in claims(where:): Field "bogus" is not defined by type "ClaimWhere".',
    ],
    [
      'format=d3&view=claim-network&where={"kind":{"eq":"SHOUT"}}',
      'where.kind.eq',
      'where.kind.eq must fit ClaimWhere',
    ],
    [
      'format=d3&view=claim-network&where={"text":{"matches":"x"}}',
      'where.text.matches',
      'where.text.matches must be used only at the top level',
    ],
    ['format=d3&view=claim-network&limit=0', 'limit', 'limit must be an integer from 1 to 1000, but got: "0"'],
    ['format=d3&view=claim-network&focus=place:valaam', 'focus', 'focus does not apply to view=claim-network'],
    ['format=d3&where={}', 'where', 'where applies only to view=claim-network'],
  ])('answers %s with 400 and a JSON error naming %s', async (query, name, message) => {
    const response = await download(query.replace(/[{}"[\]]/g, (character) => encodeURIComponent(character)));
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body) as {
      errors: { message: string; extensions: { code: string; argumentName: string } }[];
    };
    expect(body.errors[0]?.message).toContain(message);
    expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
  });
});
