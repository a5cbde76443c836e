import { bearer, startCurationServer, type CurationServer, curationRequests } from './curation-fixtures';

const PUTIN = 'person:vladimir-putin';
const LUKASHENKO = 'person:alexander-lukashenko';
const SOURCE_TEXT =
  'Minsk, 2 August. The mayor said: "The bridge will open in spring." Critics doubt the date. ' +
  'The city council met on Friday.';

let api: CurationServer;
let editor: Record<string, string>;
let admin: Record<string, string>;
let sourceId: string;

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  admin = await bearer('ada', { roles: ['admin'] });
  const added = await data<{ addSource: { source: { id: string } } }>(
    `mutation Add($text: String!) {
      addSource(input: { title: "Bridge report", published: "2025-08-02", language: "en", text: $text }) {
        source { id version } change { kind }
      }
    }`,
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

const CREATE_CLAIM = `mutation Create($input: CreateClaimInput!) {
  createClaim(input: $input) {
    claim { id kind text quote version speaker { ... on Person { id } } about { id } evidence { start end text source { id } } }
    change { sequence kind subject nodeIds before after node { id } }
  }
}`;

const quoteInput = (overrides: Record<string, unknown> = {}) => ({
  sourceId,
  speakerId: PUTIN,
  kind: 'QUOTE',
  text: 'The mayor expects the bridge to open in spring.',
  quote: 'The bridge will open in spring.',
  evidence: 'The mayor said: "The bridge will open in spring."',
  aboutIds: [LUKASHENKO],
  ...overrides,
});

describe('createClaim', () => {
  it('adds the claim with its speaker, subjects and evidence span found in the source text', async () => {
    const result = await data<{ createClaim: { claim: Record<string, unknown>; change: Record<string, unknown> } }>(
      CREATE_CLAIM,
      { input: quoteInput() },
    );
    const start = SOURCE_TEXT.indexOf('The mayor said');
    expect(result.createClaim.claim).toMatchObject({
      kind: 'QUOTE',
      version: 1,
      speaker: { id: PUTIN },
      about: [{ id: LUKASHENKO }],
      evidence: [
        { start, end: start + 'The mayor said: "The bridge will open in spring."'.length, source: { id: sourceId } },
      ],
    });
    const change = result.createClaim.change;
    expect(change).toMatchObject({ kind: 'createClaim', subject: 'erin', node: { id: result.createClaim.claim.id } });
    expect(JSON.parse(change.before as string)).toEqual({ [result.createClaim.claim.id as string]: null });
    const after = JSON.parse(change.after as string) as Record<string, unknown>;
    expect(after[result.createClaim.claim.id as string]).toMatchObject({ kind: 'QUOTE' });
    const mentioned = await data<{ node: { mentionedIn: { id: string }[] } }>(
      `{ node(id: "${PUTIN}") { ... on Person { mentionedIn { id } } } }`,
    );
    expect(mentioned.node.mentionedIn.map((source) => source.id)).toContain(sourceId);
  });

  it('records where the source names the speaker and subjects, so their occurrences stay whole', async () => {
    const text = 'Putin spoke in Minsk. Later Putin said: "We agree." Lukashenko nodded.';
    const added = await data<{ addSource: { source: { id: string } } }>(
      `mutation Add($text: String!) { addSource(input: { title: "Names", language: "en", text: $text }) { source { id } } }`,
      { text },
    );
    const namesSource = added.addSource.source.id;
    for (const quote of ['We agree.', undefined]) {
      await data(CREATE_CLAIM, {
        input: quoteInput({
          sourceId: namesSource,
          kind: quote === undefined ? 'PARAPHRASE' : 'QUOTE',
          text: quote === undefined ? 'Putin spoke in Minsk.' : 'Putin agrees.',
          quote,
          evidence: quote === undefined ? 'Putin spoke in Minsk.' : 'Later Putin said: "We agree."',
        }),
      });
    }
    const occurrences = await data<{ node: { occurrences: { edges: { node: Record<string, unknown> }[] } } }>(
      `{ node(id: "${PUTIN}") { ... on Person { occurrences(first: 100) { edges { node { start end text source { id } } } } } } }`,
    );
    const inSource = occurrences.node.occurrences.edges
      .map((edge) => edge.node)
      .filter((span) => (span.source as { id: string }).id === namesSource);
    const expected = [text.indexOf('Putin'), text.lastIndexOf('Putin')].map((start) => ({
      start,
      end: start + 'Putin'.length,
      text: 'Putin',
      source: { id: namesSource },
    }));
    // A second claim in the same source used to overwrite the spans with none.
    expect(inSource).toEqual(expected);
  });

  it('sends seven Cypher statements a claim, however many subjects it names, so writes stay few round trips', async () => {
    // In its transaction: the write-key look, one read of every id it names, the claim's MERGE and
    // read-back, one statement for all its links, the change record; then the payload's claim read.
    // It was 13 for one subject, and one more for each further subject, before the reads and the
    // link MERGEs were folded into one statement each.
    const minimal = `mutation Create($input: CreateClaimInput!) { createClaim(input: $input) { claim { id } change { sequence } } }`;
    const sent = async (aboutIds: string[]): Promise<number> => {
      const before = await api.queriesSent();
      await data(minimal, { input: quoteInput({ aboutIds }) });
      return (await api.queriesSent()) - before;
    };
    expect(await sent([LUKASHENKO])).toBe(7);
    expect(await sent([LUKASHENKO, 'place:minsk', 'organization:union-state'])).toBe(7);
  });

  it('refuses a quote without its quoted words, and writes nothing', async () => {
    const refusal = await refused(CREATE_CLAIM, { input: quoteInput({ quote: null }) });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('needs the quoted words');
  });

  it('refuses evidence that is not in the source text', async () => {
    const refusal = await refused(CREATE_CLAIM, { input: quoteInput({ evidence: 'The bridge opened yesterday.' }) });
    expect(refusal.message).toMatch(/input\.evidence: not found in the text of source:/);
  });

  it('refuses an unknown subject id, naming the field', async () => {
    const refusal = await refused(CREATE_CLAIM, { input: quoteInput({ aboutIds: ['person:nobody-at-all'] }) });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('input.aboutIds[0]: no person "person:nobody-at-all"');
  });

  it('refuses a write without a token, with an expired one and with a reader one', async () => {
    const expired = await bearer('erin', { expiresIn: Math.floor(Date.now() / 1000) - 5 });
    expect((await refused(CREATE_CLAIM, { input: quoteInput() }, {})).code).toBe('UNAUTHENTICATED');
    expect((await refused(CREATE_CLAIM, { input: quoteInput() }, expired)).code).toBe('UNAUTHENTICATED');
    expect(
      (await refused(CREATE_CLAIM, { input: quoteInput() }, await bearer('rita', { roles: ['reader'] }))).code,
    ).toBe('FORBIDDEN');
  });
});

describe('addSource and createEntity', () => {
  it('refuses a source without text or with an impossible date, and writes nothing', async () => {
    const refusal = await refused(
      `mutation { addSource(input: { title: "Empty", published: "2025-02-30", text: "  " }) { source { id } } }`,
      {},
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('input.text: the full text of the source must not be empty');
    expect(refusal.message).toContain('input.published: "2025-02-30" is not a calendar date');
  });

  it('creates a place with its kind and position, and one whose kind the source does not state', async () => {
    const created = await data<{ createEntity: { entity: Record<string, unknown> } }>(
      `mutation { createEntity(input: { type: PLACE, name: "Bridge Island", kind: "island", latitude: 53.9, longitude: 27.5 }) { entity { __typename name version ... on Place { kind latitude longitude } } } }`,
    );
    expect(created.createEntity.entity).toEqual({
      __typename: 'Place',
      name: 'Bridge Island',
      version: 1,
      kind: 'island',
      latitude: 53.9,
      longitude: 27.5,
    });
    // A kind is world knowledge unless the text states it (the provenance model), so it is optional.
    const kindless = await data<{ createEntity: { entity: Record<string, unknown> } }>(
      `mutation { createEntity(input: { type: PLACE, name: "Kindless" }) { entity { __typename name ... on Place { kind } } } }`,
    );
    expect(kindless.createEntity.entity).toEqual({ __typename: 'Place', name: 'Kindless', kind: null });
  });
});

describe('updateClaim', () => {
  it('changes the text and evidence, finding the new passage in the same source', async () => {
    const created = await data<{ createClaim: { claim: { id: string; version: number } } }>(CREATE_CLAIM, {
      input: quoteInput({ text: 'A claim to correct.' }),
    });
    const { id, version } = created.createClaim.claim;
    const result = await data<{ updateClaim: { claim: Record<string, unknown> } }>(
      `mutation U($id: ID!, $v: Int!) {
        updateClaim(id: $id, expectedVersion: $v, input: { kind: NARRATION, speakerId: null, quote: null, text: "The council met.", evidence: "The city council met on Friday." }) {
          claim { text kind version speaker { __typename } evidence { start text } }
        }
      }`,
      { id, v: version },
    );
    expect(result.updateClaim.claim).toEqual({
      text: 'The council met.',
      kind: 'NARRATION',
      version: version + 1,
      speaker: null,
      evidence: [{ start: SOURCE_TEXT.indexOf('The city council'), text: 'The city council met on Friday.' }],
    });
  });
});

describe('updates with expectedVersion', () => {
  const UPDATE_ENTITY = `mutation Update($id: ID!, $version: Int!, $input: UpdateEntityInput!) {
    updateEntity(id: $id, expectedVersion: $version, input: $input) { entity { id version description aliases } change { sequence kind } }
  }`;

  it('changes an entity, counts a version and shows the change in its history', async () => {
    const version = await versionOf(LUKASHENKO);
    const result = await data<{ updateEntity: { entity: { version: number; description: string } } }>(UPDATE_ENTITY, {
      id: LUKASHENKO,
      version,
      input: { description: 'President of Belarus (edited)' },
    });
    expect(result.updateEntity.entity).toMatchObject({
      version: version + 1,
      description: 'President of Belarus (edited)',
    });
    const history = await data<{ node: { history: { kind: string; before: string; after: string }[] } }>(
      `{ node(id: "${LUKASHENKO}") { history { kind before after } } }`,
    );
    const last = history.node.history.at(-1);
    expect(last?.kind).toBe('updateEntity');
    const snapshot = (json: string | undefined) =>
      (JSON.parse(json ?? '{}') as Record<string, Record<string, unknown>>)[LUKASHENKO];
    expect(snapshot(last?.after)?.description).toBe('President of Belarus (edited)');
    expect(snapshot(last?.before)?.version).toBe(version);
  });

  it('refuses a stale expectedVersion with CONFLICT', async () => {
    const version = await versionOf(LUKASHENKO);
    const refusal = await refused(UPDATE_ENTITY, { id: LUKASHENKO, version: version - 1, input: { description: 'x' } });
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain(`is at version ${version}`);
  });

  it('refuses an alias that is another entity of the type, whatever its case', async () => {
    const version = await versionOf(LUKASHENKO);
    const refusal = await refused(UPDATE_ENTITY, { id: LUKASHENKO, version, input: { aliases: ['VLADIMIR putin'] } });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain(`"VLADIMIR putin" is also a name or alias of "${PUTIN}"`);
  });

  it('lets exactly one of two concurrent updates based on the same version win', async () => {
    const version = await versionOf(PUTIN);
    const send = (description: string) =>
      api.graphql(UPDATE_ENTITY, { id: PUTIN, version, input: { description } }, editor);
    const results = await Promise.all([send('first writer'), send('second writer')]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await versionOf(PUTIN)).toBe(version + 1);
  });

  it('refuses an event end date before its start date', async () => {
    const created = await data<{ createEvent: { event: { id: string; version: number; date: string } } }>(
      `mutation { createEvent(input: { name: "Bridge opening", kind: "opening", status: PLANNED, date: "2026-04" }) { event { id version date } } }`,
    );
    const { id, version } = created.createEvent.event;
    const refusal = await refused(
      `mutation U($id: ID!, $v: Int!) { updateEvent(id: $id, expectedVersion: $v, input: { endDate: "2026-01" }) { event { id } } }`,
      { id, v: version },
    );
    expect(refusal.message).toContain('input.endDate: "2026-01" is before date "2026-04"');
  });
});

describe('retractClaim', () => {
  it('keeps the claim, marked with who and why, and takes it out of lists', async () => {
    const created = await data<{ createClaim: { claim: { id: string; version: number } } }>(CREATE_CLAIM, {
      input: quoteInput({
        text: 'A claim to retract.',
        evidence: 'Critics doubt the date.',
        kind: 'PARAPHRASE',
        quote: null,
      }),
    });
    const { id, version } = created.createClaim.claim;
    const listed = async () =>
      (
        await data<{ claims: { edges: { node: { id: string } }[] } }>(
          `{ claims(where: {speaker: {id: {eq: "${PUTIN}"}}}, first: 100) { edges { node { id } } } }`,
        )
      ).claims.edges.map((edge) => edge.node.id);
    expect(await listed()).toContain(id);
    const result = await data<{ retractClaim: { claim: { retracted: boolean; retraction: Record<string, string> } } }>(
      `mutation R($id: ID!, $v: Int!) { retractClaim(id: $id, reason: "misattributed", expectedVersion: $v) { claim { retracted retraction { by reason } } change { kind } } }`,
      { id, v: version },
    );
    expect(result.retractClaim.claim).toEqual({ retracted: true, retraction: { by: 'erin', reason: 'misattributed' } });
    expect(await listed()).not.toContain(id);
    const again = await refused(
      `mutation R($id: ID!, $v: Int!) { retractClaim(id: $id, reason: "twice", expectedVersion: $v) { claim { id } } }`,
      { id, v: version + 1 },
    );
    expect(again.code).toBe('CONFLICT');
  });
});

describe('mergeEntities', () => {
  it('moves every relationship and claim to the kept entity, unites aliases and resolves the old id', async () => {
    const create = async (name: string, aliases: string[]) =>
      (
        await data<{ createEntity: { entity: { id: string } } }>(
          `mutation C($name: String!, $aliases: [String!]) { createEntity(input: { type: PERSON, name: $name, aliases: $aliases }) { entity { id } } }`,
          { name, aliases },
        )
      ).createEntity.entity.id;
    const keep = await create('Ivan Merge-Keeper', ['Ivan K.']);
    const merge = await create('Ivan Merged', ['I. Merged']);
    const claim = await data<{ createClaim: { claim: { id: string } } }>(CREATE_CLAIM, {
      input: quoteInput({ speakerId: merge, aboutIds: [merge], text: 'The merged speaker said it.' }),
    });
    const result = await data<{
      mergeEntities: { entity: { id: string; aliases: string[] }; change: { nodeIds: string[] } };
    }>(
      `mutation M($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { entity { id aliases } change { nodeIds } } }`,
      { keep, merge },
      admin,
    );
    expect(result.mergeEntities.entity.aliases).toEqual(['Ivan K.', 'Ivan Merged', 'I. Merged']);
    expect(result.mergeEntities.change.nodeIds).toEqual([keep, merge]);
    const moved = await data<{ node: { speaker: { id: string }; about: { id: string }[] } }>(
      `{ node(id: "${claim.createClaim.claim.id}") { ... on Claim { speaker { ... on Person { id } } about { id } } } }`,
    );
    expect(moved.node).toEqual({ speaker: { id: keep }, about: [{ id: keep }] });
    expect(await data(`{ node(id: "${merge}") { id } }`)).toEqual({ node: { id: keep } });
  });
});

describe('the change log', () => {
  it('lists every write in sequence order, starting with the seed load, filtered by subject', async () => {
    const all = await data<{ changes: { sequence: number; subject: string; kind: string }[] }>(
      `{ changes(first: 100) { sequence subject kind } }`,
    );
    expect(all.changes[0]).toMatchObject({ sequence: 1, subject: 'seed', kind: 'seedLoad' });
    expect(all.changes.map((change) => change.sequence)).toEqual(all.changes.map((_, i) => i + 1));
    const erins = await data<{ changes: { subject: string }[] }>(
      `{ changes(after: 1, first: 100, where: { subject: "erin" }) { subject } }`,
    );
    expect(erins.changes.length).toBeGreaterThan(3);
    expect(new Set(erins.changes.map((change) => change.subject))).toEqual(new Set(['erin']));
  });
});
