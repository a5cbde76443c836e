import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

const PUTIN = 'person:vladimir-putin';

async function data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.graphql<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

interface Evidence {
  start: number;
  end: number;
  text: string;
  source: { id: string };
  excerpt: { text: string };
}

const PROVENANCE = 'basis note evidence { start end text source { id } excerpt { text } }';

describe('facts say what they rest on', () => {
  it('gives a leadership the source states its evidence, with the passage at its offsets', async () => {
    const result = await data<{
      node: { leads: { title: string; basis: string; note: null; evidence: Evidence[] }[] };
    }>(`{ node(id: "person:alexander-lukashenko") { ... on Person { leads { title ${PROVENANCE} } } } }`);
    const [leadership] = result.node.leads;
    expect(leadership).toMatchObject({ title: 'President of Belarus', basis: 'SOURCE', note: null });
    // One span from each article: Valaam's, and the second article's "Belarusian President ...".
    expect(new Set(leadership?.evidence.map((evidence) => evidence.source.id))).toEqual(
      new Set(['source:valaam-lukashenko-putin-2025-08-01', 'source:moscow-times-lukashenko-peace-talks-2025-03-05']),
    );
    const span = leadership?.evidence.find(
      (evidence) => evidence.source.id === 'source:valaam-lukashenko-putin-2025-08-01',
    );
    expect(span?.text).toContain('the Belarusian President');
    expect(span?.excerpt.text).toBe(span?.text);
    expect(span?.end).toBe((span?.start ?? 0) + Array.from(span?.text ?? '').length);
  });

  it('marks background knowledge with a note and no evidence, on both ends of the relationship', async () => {
    const result = await data<{ node: { partOf: { id: string }[] } }>(
      `{ node(id: "place:minsk") { ... on Place { partOf { id } } } }`,
    );
    expect(result.node.partOf).toEqual([{ id: 'place:belarus' }]);
    const view = await data<{ neighborhood: { edges: { type: string; target: string; basis: string | null }[] } }>(
      `{ neighborhood(id: "place:minsk", depth: 1) { edges { type target basis } } }`,
    );
    expect(view.neighborhood.edges).toContainEqual({ type: 'PART_OF', target: 'place:belarus', basis: 'BACKGROUND' });
    const mentionBases = view.neighborhood.edges
      .filter((edge) => edge.type === 'MENTIONED_IN')
      .map((edge) => edge.basis);
    expect(mentionBases.length).toBeGreaterThan(0);
    expect(new Set(mentionBases)).toEqual(new Set([null]));
  });

  it('gives participations and participants the same basis and evidence from either end', async () => {
    const result = await data<{
      node: {
        participants: {
          agent: { id: string };
          role: string;
          basis: string;
          note: string | null;
          evidence: Evidence[];
        }[];
      };
      putin: { events: { event: { id: string }; basis: string; evidence: Evidence[] }[] };
    }>(`{
      node(id: "event:valaam-church-visit-2025") { ... on Event { participants { agent { ... on Person { id } } role ${PROVENANCE} } } }
      putin: node(id: "${PUTIN}") { ... on Person { events { event { id } ${PROVENANCE} } } }
    }`);
    const fromEvent = result.node.participants.find((participant) => participant.agent.id === PUTIN);
    const fromPerson = result.putin.events.find((item) => item.event.id === 'event:valaam-church-visit-2025');
    expect(fromEvent?.basis).toBe('SOURCE');
    expect(fromEvent?.evidence.map((span) => span.text)).toEqual([
      'Together, the presidents visited the Church of the Smolensk Icon of the Mother of God, attended a brief prayer service, and lit candles for peace.',
    ]);
    expect(fromPerson?.evidence).toEqual(fromEvent?.evidence);
    const background = await data<{ node: { participants: { basis: string; note: string }[] } }>(
      `{ node(id: "event:western-sanctions") { ... on Event { participants { basis note } } } }`,
    );
    // The EU as issuer is background; the US as issuer, the second article's "U.S. ... sanctions".
    expect(background.node.participants).toHaveLength(2);
    expect(background.node.participants).toEqual(
      expect.arrayContaining([
        { basis: 'BACKGROUND', note: expect.stringContaining('"Europe"') as unknown },
        { basis: 'SOURCE', note: null },
      ]),
    );
  });

  it('gives claim links their reason and basis, and keeps the plain claim lists', async () => {
    const result = await data<{
      node: {
        disputes: { id: string }[];
        disputeLinks: { claim: { id: string }; reason: string; basis: string; evidence: Evidence[] }[];
        subjects: { node: { id: string }; basis: string; evidence: Evidence[] }[];
      };
      target: { disputedByLinks: { claim: { id: string }; reason: string }[] };
    }>(`{
      node(id: "claim:putin-fewer-children-exchanged-than-ukraine-claims") { ... on Claim {
        disputes { id }
        disputeLinks { claim { id } reason ${PROVENANCE} }
        subjects { node { id } ${PROVENANCE} }
      } }
      target: node(id: "claim:ukraine-claimed-more-children-exchanged") { ... on Claim { disputedByLinks { claim { id } reason } } }
    }`);
    expect(result.node.disputes).toEqual([{ id: 'claim:ukraine-claimed-more-children-exchanged' }]);
    const [link] = result.node.disputeLinks;
    expect(link?.claim.id).toBe('claim:ukraine-claimed-more-children-exchanged');
    expect(link?.reason).toMatch(/\S/);
    expect(link?.basis).toBe('SOURCE');
    expect(link?.evidence.length).toBeGreaterThan(0);
    expect(result.target.disputedByLinks).toContainEqual({
      claim: { id: 'claim:putin-fewer-children-exchanged-than-ukraine-claims' },
      reason: link?.reason,
    });
    // A bare subject rests on the claim's own passage.
    for (const subject of result.node.subjects)
      expect(subject.evidence.map((span) => span.text)).toEqual([
        'Putin also commented that the number of children exchanged was less than claimed by Ukraine',
      ]);
  });
});

describe('names and mentions', () => {
  it('keeps names the article never uses apart from its aliases', async () => {
    const result = await data<{ node: { aliases: string[]; otherNames: string[] } }>(
      `{ node(id: "person:alexander-lukashenko") { ... on Entity { aliases otherNames } } }`,
    );
    expect(result.node.aliases).toContain('Alexander Grigorievich');
    expect(result.node.otherNames).toEqual(['Alexander Grigoryevich Lukashenko', 'Aliaksandr Lukashenka']);
  });

  it('pages through every mention of an entity in text order, each span naming it', async () => {
    type Page = {
      node: {
        occurrences: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { cursor: string; node: Evidence }[];
        };
      };
    };
    const query = `query ($after: String) { node(id: "${PUTIN}") { ... on Entity {
      occurrences(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { start end text source { id } excerpt { text } } } }
    } } }`;
    const spans: Evidence[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = await data<Page>(query, { after });
      total = page.node.occurrences.totalCount;
      spans.push(...page.node.occurrences.edges.map((edge) => edge.node));
      if (!page.node.occurrences.pageInfo.hasNextPage) break;
      after = page.node.occurrences.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(16);
    expect(spans).toHaveLength(total);
    // In text order within each source.
    for (const source of new Set(spans.map((span) => span.source.id))) {
      const starts = spans.filter((span) => span.source.id === source).map((span) => span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    for (const span of spans) {
      expect(['Vladimir Putin', 'Putin', 'Vladimir Vladimirovich', 'Vladimir', 'President Putin']).toContain(span.text);
      expect(span.excerpt.text).toBe(span.text);
    }
  });

  it('rejects an occurrences cursor it did not make', async () => {
    const response = await api.graphql(
      `{ node(id: "${PUTIN}") { ... on Entity { occurrences(after: "not-a-cursor") { totalCount } } } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
