import { MAX_OPERATION_LABELS } from '../../src/graphql/metrics-plugin';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

const PUTIN = 'person:vladimir-putin';
const LUKASHENKO = 'person:alexander-lukashenko';

async function data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.graphql<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

describe('node lookups', () => {
  it('returns a node by id with its type', async () => {
    const result = await data<{ node: { __typename: string; name: string } }>(
      `{ node(id: "${PUTIN}") { __typename ... on Person { name } } }`,
    );
    expect(result.node).toEqual({ __typename: 'Person', name: 'Vladimir Putin' });
  });

  it('returns null for an unknown id', async () => {
    expect(await data(`{ node(id: "person:nobody") { id } }`)).toEqual({ node: null });
  });

  it('returns nodes in the order asked, with null for unknown ids', async () => {
    const result = await data<{ nodes: ({ id: string } | null)[] }>(
      `{ nodes(ids: ["${LUKASHENKO}", "person:nobody", "${PUTIN}"]) { id } }`,
    );
    expect(result.nodes).toEqual([{ id: LUKASHENKO }, null, { id: PUTIN }]);
  });
});

describe('every relationship is a field on both ends', () => {
  it('STATED: Person.statements and Claim.speaker agree', async () => {
    const result = await data<{
      node: { statements: { totalCount: number; edges: { node: { id: string; speaker: { id: string } } }[] } };
    }>(
      `{ node(id: "${PUTIN}") { ... on Person { statements(first: 100) { totalCount edges { node { id speaker { ... on Person { id } } } } } } } }`,
    );
    expect(result.node.statements.totalCount).toBeGreaterThan(5);
    expect(result.node.statements.edges).toHaveLength(result.node.statements.totalCount);
    for (const edge of result.node.statements.edges) expect(edge.node.speaker.id).toBe(PUTIN);
  });

  it('ABOUT: Claim.about and Entity.claimsAbout agree', async () => {
    const result = await data<{
      node: { claimsAbout: { edges: { node: { id: string; about: { id: string }[] } }[] } };
    }>(
      `{ node(id: "person:donald-trump") { ... on Entity { claimsAbout(first: 50) { edges { node { id about { id } } } } } } }`,
    );
    expect(result.node.claimsAbout.edges.length).toBeGreaterThan(0);
    for (const edge of result.node.claimsAbout.edges)
      expect(edge.node.about.map((node) => node.id)).toContain('person:donald-trump');
  });

  it('APPEARS_IN: Claim.evidence and Source.claims agree, and the excerpt surrounds the exact span', async () => {
    const result = await data<{
      sources: {
        edges: {
          node: {
            id: string;
            text: string;
            claims: {
              totalCount: number;
              edges: {
                node: {
                  id: string;
                  quote: string | null;
                  evidence: {
                    source: { id: string };
                    start: number;
                    end: number;
                    text: string;
                    excerpt: { before: string; text: string; after: string };
                  }[];
                };
              }[];
            };
          };
        }[];
      };
    }>(
      `{ sources(first: 10) { edges { node { id ... on Source { text claims(first: 100) { totalCount edges { node { id quote evidence { source { id } start end text excerpt { before text after } } } } } } } } } }`,
    );
    // The Valaam article: the source with the most claims of the two seeded.
    const source = result.sources.edges
      .map(({ node }) => node)
      .find(({ id }) => id === 'source:valaam-lukashenko-putin-2025-08-01');
    expect(source?.claims.totalCount).toBeGreaterThan(50);
    const characters = Array.from(source?.text ?? '');
    for (const { node: claim } of source?.claims.edges ?? []) {
      expect(claim.evidence).toHaveLength(1);
      const [evidence] = claim.evidence;
      expect(evidence?.source.id).toBe(source?.id);
      expect(characters.slice(evidence?.start, evidence?.end).join('')).toBe(evidence?.text);
      expect(evidence?.excerpt.text).toBe(evidence?.text);
      if (claim.quote !== null) expect(evidence?.text).toContain(claim.quote);
    }
  });

  it('MENTIONED_IN: Entity.mentionedIn and Source.mentions agree', async () => {
    const result = await data<{ node: { mentionedIn: { id: string; mentions: { id: string }[] }[] } }>(
      `{ node(id: "place:valaam") { ... on Place { mentionedIn { id mentions(types: [PLACE]) { id } } } } }`,
    );
    expect(result.node.mentionedIn).toHaveLength(1);
    const mentions = result.node.mentionedIn[0]?.mentions.map((node) => node.id);
    expect(mentions).toContain('place:valaam');
    expect(mentions?.every((id) => id.startsWith('place:'))).toBe(true);
  });

  it('PARTICIPATED_IN: Person.events and Event.participants agree, with roles', async () => {
    const result = await data<{
      node: {
        events: {
          role: string | null;
          event: { id: string; participants: { role: string | null; agent: { id: string } }[] };
        }[];
      };
    }>(
      `{ node(id: "${LUKASHENKO}") { ... on Person { events { role event { id participants { role agent { ... on Person { id } ... on Organization { id } } } } } } } }`,
    );
    expect(result.node.events.length).toBeGreaterThan(3);
    for (const { role, event } of result.node.events) {
      expect(event.participants).toContainEqual({ role, agent: { id: LUKASHENKO } });
    }
  });

  it('OCCURRED_AT: Event.places and Place.events agree', async () => {
    const result = await data<{ node: { events: { id: string; places: { id: string }[] }[] } }>(
      `{ node(id: "place:valaam") { ... on Place { events { id places { id } } } } }`,
    );
    expect(result.node.events.length).toBeGreaterThan(0);
    for (const event of result.node.events) expect(event.places.map((place) => place.id)).toContain('place:valaam');
  });

  it('PART_OF: Place.partOf and Place.parts agree, and so do Event.partOf and Event.parts', async () => {
    const places = await data<{ node: { partOf: { id: string; parts: { id: string }[] }[] } }>(
      `{ node(id: "place:valaam") { ... on Place { partOf { id parts { id } } } } }`,
    );
    expect(places.node.partOf.length).toBeGreaterThan(0);
    for (const parent of places.node.partOf) expect(parent.parts.map((part) => part.id)).toContain('place:valaam');

    const events = await data<{
      events: { edges: { node: { id: string; parts: { id: string; partOf: { id: string }[] }[] } }[] };
    }>(`{ events(first: 100) { edges { node { id ... on Event { parts { id partOf { id } } } } } } }`);
    const withParts = events.events.edges.filter((edge) => edge.node.parts.length > 0);
    expect(withParts.length).toBeGreaterThan(0);
    for (const { node } of withParts)
      for (const part of node.parts) expect(part.partOf.map((parent) => parent.id)).toContain(node.id);
  });

  it('LEADS: Person.leads and Place.leaders agree, with the title', async () => {
    const result = await data<{
      node: { leads: { title: string; led: { id: string; leaders: { title: string; person: { id: string } }[] } }[] };
    }>(
      `{ node(id: "${PUTIN}") { ... on Person { leads { title led { ... on Place { id leaders { title person { id } } } } } } } }`,
    );
    expect(result.node.leads).toEqual([
      {
        title: 'President of Russia',
        led: { id: 'place:russia', leaders: [{ title: 'President of Russia', person: { id: PUTIN } }] },
      },
    ]);
  });

  it('BASED_IN: Organization.basedIn and Place.organizations agree', async () => {
    const result = await data<{
      organizations: { edges: { node: { id: string; basedIn: { id: string; organizations: { id: string }[] }[] } }[] };
    }>(
      `{ organizations(first: 100) { edges { node { id ... on Organization { basedIn { id organizations { id } } } } } } }`,
    );
    const based = result.organizations.edges.filter((edge) => edge.node.basedIn.length > 0);
    expect(based.length).toBeGreaterThan(0);
    for (const { node } of based)
      for (const place of node.basedIn) expect(place.organizations.map((org) => org.id)).toContain(node.id);
  });

  it('DISPUTES and SUPPORTS: each direction is the mirror of the other', async () => {
    const result = await data<{
      claims: {
        edges: {
          node: {
            id: string;
            disputes: { id: string; disputedBy: { id: string }[] }[];
            supports: { id: string; supportedBy: { id: string }[] }[];
          };
        }[];
      };
    }>(
      `{ claims(first: 100) { edges { node { id ... on Claim { disputes { id disputedBy { id } } supports { id supportedBy { id } } } } } } }`,
    );
    let links = 0;
    for (const { node } of result.claims.edges) {
      for (const other of node.disputes) expect(other.disputedBy.map((claim) => claim.id)).toContain(node.id);
      for (const other of node.supports) expect(other.supportedBy.map((claim) => claim.id)).toContain(node.id);
      links += node.disputes.length + node.supports.length;
    }
    expect(links).toBeGreaterThan(5);
  });

  it('gives a narration no speaker and a quote its verbatim words', async () => {
    const narration = await data<{ claims: { edges: { node: { speaker: unknown; kind: string } }[] } }>(
      `{ claims(where: {kind: {eq: NARRATION}}, first: 5) { edges { node { ... on Claim { kind speaker { __typename } } } } } }`,
    );
    expect(narration.claims.edges.length).toBeGreaterThan(0);
    for (const edge of narration.claims.edges) expect(edge.node).toEqual({ kind: 'NARRATION', speaker: null });
  });
});

describe('metrics', () => {
  it('serves Prometheus text with the query counter and the operation histogram', async () => {
    await api.graphql('query NamedForMetrics { node(id: "person:vladimir-putin") { id } }');
    const response = await fetch(`${api.server.url}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/^kg_neo4j_queries_total\{mode="READ"\} \d+$/m);
    expect(text).toMatch(/kg_graphql_operation_duration_seconds_count\{operation="NamedForMetrics",outcome="ok"\} 1/);
  });

  it('keeps the operation label to a bounded set however many names clients invent', async () => {
    const invented = MAX_OPERATION_LABELS + 50;
    for (let start = 0; start < invented; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, offset) =>
          api.graphql(`query Invented${start + offset} { node(id: "nothing:here") { id } }`),
        ),
      );
    }
    const text = await (await fetch(`${api.server.url}/metrics`)).text();
    const operations = new Set(
      [...text.matchAll(/kg_graphql_operation_duration_seconds_count\{operation="([^"]*)"/g)].map((match) => match[1]),
    );
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 1);
    expect(operations).toContain('other');
    expect(operations).toContain('NamedForMetrics');
  });
});
