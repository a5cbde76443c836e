import {
  bearer,
  curationRequests,
  graphState,
  startCurationServer,
  type CurationServer,
} from '../curation/curation-fixtures';
import { HARBOUR_ARTICLE } from './harbour-article';

const EXTRACT = `mutation X($input: AddSourceInput!) {
  extractArticle(input: $input) { source { id title publisher } claims entities quotesWithoutSpeaker }
}`;
const HARBOUR = {
  title: 'Harbour plan too costly, traders say',
  publisher: 'Northport Gazette',
  published: '2025-05-02',
};
const SOURCE = 'source:harbour-plan-too-costly-traders-say';
const DRAFTS_OF = (source: string) =>
  `{ claims(where: {review: {status: {in: [DRAFT]}}, source: {id: {eq: "${source}"}}}, first: 50) {
      edges { node { id quote review { status extractor } } } } }`;

interface Extracted {
  extractArticle: {
    source: { id: string; title: string; publisher: string };
    claims: number;
    entities: number;
    quotesWithoutSpeaker: number;
  };
}
interface ClaimList {
  claims: { edges: { node: { id: string; quote: string; review: { status: string; extractor: string } } }[] };
}

let api: CurationServer;
let editor: Record<string, string>;
const { data, refused } = curationRequests(
  () => api,
  () => editor,
);

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  // The engine's first article may load its models (30-60 s alone, minutes on a loaded machine).
}, 900_000);
afterAll(() => api.close());

describe('extractArticle', () => {
  let extracted: Extracted['extractArticle'];

  beforeAll(async () => {
    extracted = (await data<Extracted>(EXTRACT, { input: { ...HARBOUR, text: HARBOUR_ARTICLE } })).extractArticle;
  }, 900_000);

  it("turns an editor's pasted article into draft quotes of a new source named after its title", async () => {
    expect(extracted.source).toEqual({ id: SOURCE, title: HARBOUR.title, publisher: HARBOUR.publisher });
    expect(extracted.claims).toBeGreaterThanOrEqual(3);
    const drafts = await data<ClaimList>(DRAFTS_OF(SOURCE));
    expect(drafts.claims.edges).toHaveLength(extracted.claims);
    for (const { node } of drafts.claims.edges) {
      expect(node.review.status).toBe('DRAFT');
      expect(node.review.extractor).toMatch(/^corenlp-/);
      expect(HARBOUR_ARTICLE).toContain(node.quote);
    }
  });

  it('keeps the drafts out of what a reader sees', async () => {
    const reader = await api.graphql<{ claims: { edges: { node: { id: string } }[] } }>(
      `{ claims(where: {source: {id: {eq: "${SOURCE}"}}}) { edges { node { id } } } }`,
    );
    expect(reader.errors).toBeUndefined();
    expect(reader.data?.claims.edges).toEqual([]);
  });

  it("records the load in the change log under the editor's subject", async () => {
    const result = await api.database.read(
      `MATCH (c:Change) WHERE $source IN c.nodeIds RETURN c.subject AS subject ORDER BY c.sequence DESC LIMIT 1`,
      { source: SOURCE },
    );
    expect(result.records[0]?.get('subject')).toBe('erin');
  });

  it('refuses the same article again by its taken source id, writing nothing', async () => {
    const answer = await refused(EXTRACT, { input: { ...HARBOUR, text: HARBOUR_ARTICLE } });
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toContain(`input.id: ${SOURCE} already exists`);
  });
});

describe('extractArticle refuses, writing nothing', () => {
  it.each([
    ['an empty text', { text: '   \n' }, 'input.text: the article text is empty'],
    ['a text over the size limit', { text: 'word '.repeat(41_000) }, 'over the limit of'],
    ['a text with a NUL character', { text: 'Binary\u0000data' }, 'input.text: binary'],
    ['an impossible publication date', { published: '2025-13-40' }, 'input.published: is not a calendar date'],
    ['a relative url', { url: 'story/1' }, 'input.url: must be an absolute URL'],
    ['an id that is not a source id', { id: 'person:someone' }, 'input.id: "person:someone" is not a source id'],
  ])('%s, naming the field', async (_case, change, expected) => {
    const input = { title: 'A story never extracted', text: HARBOUR_ARTICLE, ...change };
    const answer = await refused(EXTRACT, { input });
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toContain(expected);
  });

  it('a reader without the editor role, with FORBIDDEN', async () => {
    const answer = await refused(
      EXTRACT,
      { input: { title: 'Reader try', text: HARBOUR_ARTICLE } },
      await bearer('rita', { roles: ['reader'] }),
    );
    expect(answer.code).toBe('FORBIDDEN');
  });

  it('a request without a token, with UNAUTHENTICATED', async () => {
    const answer = await refused(EXTRACT, { input: { title: 'Anonymous try', text: HARBOUR_ARTICLE } }, {});
    expect(answer.code).toBe('UNAUTHENTICATED');
  });
});

describe('extractArticle with the engine down', () => {
  let down: CurationServer;
  beforeAll(async () => {
    // A port nobody listens on: the engine is unreachable, with no retry delay to wait out.
    down = await startCurationServer({ CORENLP_URLS: 'http://127.0.0.1:9', CORENLP_RETRIES: '0' });
  });
  afterAll(() => down.close());

  it('answers SERVICE_UNAVAILABLE saying the engine could not be reached, and writes nothing', async () => {
    const before = await graphState(down.database);
    const answer = await down.graphql(EXTRACT, { input: { title: 'Engine down', text: HARBOUR_ARTICLE } }, editor);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).toContain('The NLP engine could not be reached; nothing was written');
    expect(answer.errors?.[0]?.message).not.toContain('127.0.0.1');
    expect(await graphState(down.database)).toEqual(before);
  });
});
