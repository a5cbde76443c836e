import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGraphKnowledge } from '../../extract/read-graph-knowledge';
import { createArticleExtractor } from '../../src/extract/batch/create-article-extractor';
import { runExtractionBatch } from '../../src/extract/batch/run-extraction-batch';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import { testConfig } from '../support/test-database';
import { HARBOUR_ARTICLE } from '../extract/harbour-article';
import { bearer, curationRequests, startCurationServer, type CurationServer } from './curation-fixtures';

const NAME = 'northport-harbour-plan';
const SOURCE = `source:${NAME}`;
const DRAFTS = '{review: {status: {in: [DRAFT]}}}';

const config = testConfig();
let api: CurationServer;
let editor: Record<string, string>;
let reader: Record<string, string>;
let out: string;

/** Extracts the harbour article with the real engine against the graph, into `out`. */
async function extractHarbour(force: boolean): Promise<void> {
  const input = mkdtempSync(path.join(tmpdir(), 'review-in-'));
  writeFileSync(path.join(input, `${NAME}.txt`), HARBOUR_ARTICLE);
  const meta = { title: "Harbour plan 'too costly'", publisher: 'Northport Gazette', published: '2025-05-02' };
  writeFileSync(path.join(input, `${NAME}.meta.json`), JSON.stringify(meta));
  const graph = await readGraphKnowledge(config);
  try {
    const result = await runExtractionBatch({
      files: [path.join(input, `${NAME}.txt`)],
      outDir: out,
      workers: 1,
      overrides: {},
      maxBytes: config.extract.maxArticleBytes,
      force,
      extract: createArticleExtractor(config.coreNlp),
      graph: graph.knowledge,
    });
    if (result.failures.length > 0) throw new Error(`extraction failed: ${JSON.stringify(result.failures)}`);
  } finally {
    await graph.close();
  }
}

async function loadDrafts(): Promise<void> {
  const loaded = await loadSeedPaths(api.database, [DEFAULT_SEED_DIR, out]);
  if (loaded.kind !== 'loaded') throw new Error(`the draft must load, but got ${JSON.stringify(loaded)}`);
}

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  reader = await bearer('rita', { roles: ['reader'] });
  out = mkdtempSync(path.join(tmpdir(), 'review-out-'));
  await extractHarbour(false);
  await loadDrafts();
  // The engine's first article loads its models (30-60 s alone, minutes on a loaded machine).
}, 900_000);
afterAll(async () => {
  await api.close();
});

const { data, versionOf } = curationRequests(
  () => api,
  () => editor,
);
const asReader = <Data>(query: string, variables: Record<string, unknown> = {}) => data<Data>(query, variables, {});

interface DraftClaim {
  readonly id: string;
  readonly version: number;
  readonly quote: string | null;
  readonly speaker: { readonly id: string } | null;
  readonly review: { readonly status: string; readonly extractor: string; readonly confidence: number };
}

async function draftClaims(): Promise<DraftClaim[]> {
  const result = await data<{ claims: { edges: { node: DraftClaim }[] } }>(
    `{ claims(where: ${DRAFTS}, first: 100) { edges { node { id version quote speaker { ... on Node { id } } review { status extractor confidence } } } } }`,
  );
  return result.claims.edges.map((edge) => edge.node);
}

async function readerClaimIds(): Promise<string[]> {
  const result = await asReader<{ claims: { edges: { node: { id: string } }[] } }>(
    `{ claims(first: 100) { edges { node { id } } } }`,
  );
  return result.claims.edges.map((edge) => edge.node.id);
}

async function exportedIds(headers: Record<string, string> = {}, query = ''): Promise<string[]> {
  const response = await fetch(`${api.server.url}/export?format=cytoscape${query}`, { headers });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { elements: { nodes: { data: { id: string } }[] } };
  return body.elements.nodes.map((node) => node.data.id);
}

describe('drafts written by the extractor, before review', () => {
  it('are loaded as drafts, each with its extractor and confidence, for an editor who asks', async () => {
    const claims = await draftClaims();
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) {
      expect(claim.review.status).toBe('DRAFT');
      expect(claim.review.extractor).toMatch(/corenlp/i);
      expect(claim.review.confidence).toBeGreaterThan(0);
    }
  });

  it('are left out of what a reader lists, searches, looks up and exports', async () => {
    const claims = await draftClaims();
    const ids = claims.map((claim) => claim.id);
    expect(await readerClaimIds()).toEqual(expect.not.arrayContaining([ids[0]]));
    const speakerId = claims.find((claim) => claim.speaker !== null)?.speaker?.id as string;
    const lookup = await asReader<{ a: unknown; b: unknown; s: unknown }>(
      `query L($a: ID!, $b: ID!, $s: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } s: node(id: $s) { id } }`,
      { a: ids[0], b: SOURCE, s: speakerId },
    );
    expect(lookup).toEqual({ a: null, b: null, s: null });
    const hits = await asReader<{ search: { node: { id: string } }[] }>(
      `{ search(text: "harbour Northport Lopez Grant", first: 50) { node { id } } }`,
    );
    expect(hits.search.map((hit) => hit.node.id).filter((id) => id.includes('harbour') || ids.includes(id))).toEqual(
      [],
    );
    const people = await asReader<{ people: { edges: { node: { id: string } }[] } }>(
      `{ people(first: 100) { edges { node { id } } } }`,
    );
    expect(people.people.edges.map((edge) => edge.node.id)).not.toContain(speakerId);
    const exported = await exportedIds();
    expect(exported.filter((id) => ids.includes(id) || id === SOURCE || id === speakerId)).toEqual([]);
  });

  it('are shown to an editor in search and in an export that ask for them', async () => {
    const [first] = await draftClaims();
    const hits = await data<{ search: { node: { id: string } }[] }>(
      `{ search(text: "harbour", review: {status: {in: [DRAFT]}}, first: 50) { node { id } } }`,
    );
    expect(hits.search.length).toBeGreaterThan(0);
    expect(await exportedIds(editor, '&review=DRAFT')).toEqual(expect.arrayContaining([first?.id, SOURCE]));
  });

  it.each([
    ['without a token', {}],
    ['with a reader token', 'reader'],
  ])('are FORBIDDEN to a request %s', async (_, who) => {
    const headers = who === 'reader' ? reader : {};
    for (const query of [
      `{ claims(where: ${DRAFTS}) { edges { node { id } } } }`,
      `{ people(where: ${DRAFTS}) { edges { node { id } } } }`,
      `{ search(text: "harbour", review: {status: {in: [DRAFT]}}) { score } }`,
      `{ claimNetwork(where: ${DRAFTS}) { nodes { id } } }`,
    ]) {
      const response = await api.graphql(query, {}, headers);
      expect([query, response.errors?.[0]?.extensions?.code]).toEqual([query, 'FORBIDDEN']);
    }
    const exported = await fetch(`${api.server.url}/export?format=cytoscape&review=DRAFT`, {
      headers: headers,
    });
    expect(exported.status).toBe(403);
  });
});

describe('accepting a draft claim through GraphQL', () => {
  let accepted: DraftClaim;

  beforeAll(async () => {
    accepted = (await draftClaims()).find((claim) => claim.speaker !== null) as DraftClaim;
  });

  it('is refused with CONFLICT on a stale version, and changes nothing', async () => {
    const response = await api.graphql(
      `mutation A($id: ID!) { acceptClaim(id: $id, expectedVersion: 99) { claim { id } } }`,
      { id: accepted.id },
      editor,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await draftClaims()).map((claim) => claim.id)).toContain(accepted.id);
  });

  it('publishes the claim with its speaker and source, marked with the reviewer and the time, in one change', async () => {
    const version = accepted.version;
    const result = await data<{
      acceptClaim: {
        claim: { id: string; review: { status: string; reviewer: string; reviewedAt: string } };
        change: { kind: string; subject: string; nodeIds: string[] };
      };
    }>(
      `mutation A($id: ID!, $v: Int!) { acceptClaim(id: $id, expectedVersion: $v) {
        claim { id ... on Claim { review { status reviewer reviewedAt } } }
        change { kind subject nodeIds } } }`,
      { id: accepted.id, v: version },
    );
    expect(result.acceptClaim.claim.review).toEqual({
      status: 'ACCEPTED',
      reviewer: 'erin',
      reviewedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
    });
    expect(result.acceptClaim.change.kind).toBe('acceptClaim');
    expect(result.acceptClaim.change.subject).toBe('erin');
    expect(result.acceptClaim.change.nodeIds).toEqual(
      expect.arrayContaining([accepted.id, accepted.speaker?.id, SOURCE]),
    );
  });

  it('then shows the claim, its speaker and its source to readers, in lists and exports', async () => {
    expect(await readerClaimIds()).toContain(accepted.id);
    const read = await asReader<{ node: { speaker: { id: string } | null; review: { status: string } } }>(
      `query C($id: ID!) { node(id: $id) { ... on Claim { speaker { ... on Node { id } } review { status } } } }`,
      { id: accepted.id },
    );
    expect(read.node).toEqual({ speaker: { id: accepted.speaker?.id }, review: { status: 'ACCEPTED' } });
    expect(await exportedIds()).toEqual(expect.arrayContaining([accepted.id, accepted.speaker?.id, SOURCE]));
    // The article's other claims are still drafts.
    const others = (await draftClaims()).map((claim) => claim.id);
    expect(others.length).toBeGreaterThan(0);
    expect(await readerClaimIds()).toEqual(expect.not.arrayContaining(others));
  });

  it("leaves the article's drafts out of the degree a reader's view gives its source", async () => {
    const view = await asReader<{
      neighborhood: { nodes: { id: string; degree: number }[]; edges: { source: string; target: string }[] };
    }>(`query N($id: ID!) { neighborhood(id: $id, limit: 1000) { nodes { id degree } edges { source target } } }`, {
      id: SOURCE,
    });
    const centre = view.neighborhood.nodes.find((node) => node.id === SOURCE);
    const touching = view.neighborhood.edges.filter((edge) => edge.source === SOURCE || edge.target === SOURCE);
    // Every relationship of the source a reader may open is drawn, and no more is counted.
    expect(centre?.degree).toBe(touching.length);
    const all = await api.database.read(`MATCH (:Source {id: $id})--() RETURN count(*) AS n`, { id: SOURCE });
    expect(Number(all.records[0]?.get('n'))).toBeGreaterThan(touching.length);
  });

  it('is refused with CONFLICT for a claim that is no draft any more', async () => {
    const response = await api.graphql(
      `mutation A($id: ID!, $v: Int!) { acceptClaim(id: $id, expectedVersion: $v) { claim { id } } }`,
      { id: accepted.id, v: await versionOf(accepted.id) },
      editor,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('needs the editor role', async () => {
    const [other] = await draftClaims();
    const response = await api.graphql(
      `mutation A($id: ID!) { acceptClaim(id: $id, expectedVersion: 1) { claim { id } } }`,
      { id: other?.id },
      reader,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts a draft entity alone with acceptEntity, which readers then list', async () => {
    const drafts = await data<{ people: { edges: { node: { id: string; version: number } }[] } }>(
      `{ people(where: ${DRAFTS}, first: 100) { edges { node { id version } } } }`,
    );
    const person = drafts.people.edges[0]?.node;
    if (person === undefined) throw new Error('the article should leave a draft person');
    const result = await data<{ acceptEntity: { entity: { review: { status: string; reviewer: string } } } }>(
      `mutation E($id: ID!, $v: Int!) { acceptEntity(id: $id, expectedVersion: $v) {
        entity { ... on Person { review { status reviewer } } } } }`,
      { id: person.id, v: person.version },
    );
    expect(result.acceptEntity.entity.review).toEqual({ status: 'ACCEPTED', reviewer: 'erin' });
    const people = await asReader<{ people: { edges: { node: { id: string } }[] } }>(
      `{ people(first: 100) { edges { node { id } } } }`,
    );
    expect(people.people.edges.map((edge) => edge.node.id)).toContain(person.id);
  });

  it('keeps what the reviewer did when the article is extracted and loaded again', async () => {
    const [rejected] = await draftClaims();
    if (rejected === undefined) throw new Error('a second draft claim is needed');
    await data(
      `mutation R($id: ID!, $v: Int!) { retractClaim(id: $id, reason: "Not a quote.", expectedVersion: $v) { claim { id } } }`,
      { id: rejected.id, v: rejected.version },
    );
    await extractHarbour(true);
    await loadDrafts();
    const after = await data<{
      a: { review: { status: string; reviewer: string } };
      r: { edges: { node: { id: string } }[] };
    }>(
      `query K($a: ID!, $r: ID!) { a: node(id: $a) { ... on Claim { review { status reviewer } } }
        r: claims(where: {id: {eq: $r}, retracted: true, review: {status: {in: [DRAFT]}}}) { edges { node { id } } } }`,
      { a: accepted.id, r: rejected.id },
    );
    expect(after).toEqual({
      a: { review: { status: 'ACCEPTED', reviewer: 'erin' } },
      r: { edges: [{ node: { id: rejected.id } }] },
    });
    expect(await readerClaimIds()).toContain(accepted.id);
  }, 600_000);
});
