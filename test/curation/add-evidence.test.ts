import { bearer, startCurationServer, type CurationServer, curationRequests } from './curation-fixtures';

const LUKASHENKO = 'person:alexander-lukashenko';
const BELARUS = 'place:belarus';
const SOURCE_TEXT = 'Minsk, 9 March. Alexander Lukashenko, the President of Belarus, spoke to reporters.';
const PASSAGE = 'Alexander Lukashenko, the President of Belarus';

let api: CurationServer;
let editor: Record<string, string>;
let sourceId: string;

beforeAll(async () => {
  api = await startCurationServer({ WRITE_RATE_LIMIT: '1000' });
  editor = await bearer('erin');
  const added = await data<{ addSource: { source: { id: string } } }>(
    `mutation Add($text: String!) { addSource(input: { title: "A third report", text: $text }) { source { id } } }`,
    { text: SOURCE_TEXT },
  );
  sourceId = added.addSource.source.id;
});
afterAll(async () => {
  await api.close();
});

const { data, refused, versionOf } = curationRequests(
  () => api,
  () => editor,
);

const ADD_EVIDENCE = `mutation Add($input: AddEvidenceInput!) {
  addEvidence(input: $input) {
    from { id version }
    to { id version }
    change { kind subject nodeIds before after }
  }
}`;

interface Span {
  readonly text: string;
  readonly source: { readonly id: string };
}

/** Lukashenko's leaderships of Belarus, as the API shows them. */
async function leadershipsOfBelarus(): Promise<{ basis: string; evidence: Span[] }[]> {
  const result = await data<{ node: { leads: { led: { id: string }; basis: string; evidence: Span[] }[] } }>(
    `{ node(id: "${LUKASHENKO}") { ... on Person { leads { basis led { ... on Place { id } ... on Organization { id } } evidence { text source { id } } } } } }`,
  );
  return result.node.leads
    .filter((lead) => lead.led.id === BELARUS)
    .map(({ basis, evidence }) => ({ basis, evidence }));
}

const input = (overrides: Record<string, unknown> = {}) => ({
  type: 'LEADS',
  fromId: LUKASHENKO,
  toId: BELARUS,
  sourceId,
  evidence: [PASSAGE],
  ...overrides,
});

describe('addEvidence', () => {
  it("adds a third source's passage to a fact two seed files state, keeping one relationship with every source's spans", async () => {
    const [before] = await leadershipsOfBelarus();
    if (before === undefined) throw new Error('the seed has Lukashenko leading Belarus');
    const seededSources = new Set(before.evidence.map((span) => span.source.id));
    expect(seededSources.size).toBe(2);
    const [leaderVersion, ledVersion] = [await versionOf(LUKASHENKO), await versionOf(BELARUS)];

    const result = await data<{
      addEvidence: {
        from: { version: number };
        to: { version: number };
        change: { kind: string; subject: string; nodeIds: string[]; before: string; after: string };
      };
    }>(ADD_EVIDENCE, { input: input() });

    const after = await leadershipsOfBelarus();
    expect(after).toEqual([
      { basis: 'SOURCE', evidence: [...before.evidence, { text: PASSAGE, source: { id: sourceId } }] },
    ]);
    expect([result.addEvidence.from.version, result.addEvidence.to.version]).toEqual([
      leaderVersion + 1,
      ledVersion + 1,
    ]);
    const { change } = result.addEvidence;
    expect(change).toMatchObject({ kind: 'addEvidence', subject: 'erin', nodeIds: [LUKASHENKO, BELARUS] });
    const edge = `LEADS:${LUKASHENKO}->${BELARUS}`;
    const sourcesIn = (json: string) =>
      ((JSON.parse(json) as Record<string, { evidenceSources: string[] }>)[edge]?.evidenceSources ?? []).length;
    expect(sourcesIn(change.after)).toBe(sourcesIn(change.before) + 1);
  });

  it('refuses the same passage of the same source twice with CONFLICT, changing nothing', async () => {
    const refusal = await refused(ADD_EVIDENCE, { input: input() });
    expect(refusal).toEqual({
      code: 'CONFLICT',
      message: `input.evidence[0]: the LEADS fact from "${LUKASHENKO}" to "${BELARUS}" already rests on this passage of "${sourceId}"`,
    });
  });

  it('refuses evidence for a fact that is not stated with NOT_FOUND, rather than stating it', async () => {
    const refusal = await refused(ADD_EVIDENCE, { input: input({ fromId: 'person:vladimir-putin' }) });
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toContain('"person:vladimir-putin" has no LEADS relationship to "place:belarus"');
  });

  it('refuses a passage the source does not contain, naming the closest words it has', async () => {
    const refusal = await refused(ADD_EVIDENCE, {
      input: input({ evidence: ['Alexander Lukashenko, President of Belarus'] }),
    });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain(
      `input.evidence[0]: not found in the text of ${sourceId}: "Alexander Lukashenko, President of Belarus"; the closest words there are "Alexander Lukashenko, the President of Belarus,"`,
    );
  });

  it('refuses a relationship that is no fact, an id of the wrong type and an empty list, naming each field', async () => {
    expect((await refused(ADD_EVIDENCE, { input: input({ type: 'MENTIONED_IN' }) })).message).toContain(
      'input.type: evidence is added to a fact',
    );
    const both = await refused(ADD_EVIDENCE, { input: input({ sourceId: 'person:not-a-source', evidence: [] }) });
    expect(both).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(both.message).toContain('input.sourceId: must be the id of a source, but got "person:not-a-source"');
    expect(both.message).toContain('input.evidence: must list at least one passage');
  });

  it('refuses a writer without a token or with a reader token', async () => {
    expect((await refused(ADD_EVIDENCE, { input: input() }, {})).code).toBe('UNAUTHENTICATED');
    const reader = await bearer('rita', { roles: ['reader'] });
    expect((await refused(ADD_EVIDENCE, { input: input() }, reader)).code).toBe('FORBIDDEN');
  });
});
