import { bearer, startCurationServer, type CurationServer, curationRequests } from './curation-fixtures';

const PUTIN = 'person:vladimir-putin';
const LUKASHENKO = 'person:alexander-lukashenko';
const ZAPAD = 'event:zapad-2025';
const VALAAM_MEETING = 'event:valaam-meeting-2025';
const SOURCE_TEXT =
  'Minsk, 2 August. Lukashenko and Putin watched the Zapad exercise near Minsk. ' +
  'Putin heads the Russian government. Istanbul lies in Europe, the ministers said. ' +
  'The council said the talks went well. Critics said the talks failed. ' +
  'The talks resumed. The talks resumed.';

let api: CurationServer;
let editor: Record<string, string>;
let sourceId: string;

beforeAll(async () => {
  // Every test here writes several times; the default rate of 60 writes a minute is not the subject.
  api = await startCurationServer({ WRITE_RATE_LIMIT: '1000' });
  editor = await bearer('erin');
  const added = await data<{ addSource: { source: { id: string } } }>(
    `mutation Add($text: String!) { addSource(input: { title: "Exercise report", text: $text }) { source { id } } }`,
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

/** The span of `passage` in the test source, as the API shows evidence. */
function spanOf(passage: string) {
  const start = SOURCE_TEXT.indexOf(passage);
  return { start, end: start + passage.length, text: passage, source: { id: sourceId } };
}

interface ChangeView {
  kind: string;
  subject: string;
  nodeIds: string[];
  before: string;
  after: string;
}

/** One entry of a change's `before` or `after` JSON, by node id or edge id. */
function entryOf(json: string, key: string): unknown {
  return (JSON.parse(json) as Record<string, unknown>)[key];
}

const PARTICIPANTS = `query P($id: ID!) {
  node(id: $id) { ... on Event { participants { role agent { ... on Person { id } ... on Organization { id } } basis note evidence { start end text source { id } } } } }
}`;

async function participantsOf(eventId: string) {
  const result = await data<{ node: { participants: { agent: { id: string } }[] } }>(PARTICIPANTS, { id: eventId });
  return result.node.participants;
}

const ADD_PARTICIPATION = `mutation Add($input: AddParticipationInput!) {
  addParticipation(input: $input) {
    participant { ... on Person { id version } ... on Organization { id version } }
    event { id version }
    change { kind subject nodeIds before after node { id } }
  }
}`;

const REMOVE_PARTICIPATION = `mutation Remove($agentId: ID!, $eventId: ID!) {
  removeParticipation(agentId: $agentId, eventId: $eventId) { event { id version } change { kind nodeIds before after } }
}`;

const participationInput = (overrides: Record<string, unknown> = {}) => ({
  agentId: PUTIN,
  eventId: ZAPAD,
  role: 'observer',
  sourceId,
  evidence: ['Lukashenko and Putin watched the Zapad exercise near Minsk.'],
  ...overrides,
});

describe('addParticipation and removeParticipation', () => {
  it('adds a participant with its role, resting on the passage located in the source, and counts a version on both ends', async () => {
    const [putinVersion, zapadVersion] = [await versionOf(PUTIN), await versionOf(ZAPAD)];
    const result = await data<{
      addParticipation: { participant: { version: number }; event: { version: number }; change: ChangeView };
    }>(ADD_PARTICIPATION, { input: participationInput() });
    expect(result.addParticipation.participant.version).toBe(putinVersion + 1);
    expect(result.addParticipation.event.version).toBe(zapadVersion + 1);
    const passage = 'Lukashenko and Putin watched the Zapad exercise near Minsk.';
    expect(await participantsOf(ZAPAD)).toContainEqual({
      role: 'observer',
      agent: { id: PUTIN },
      basis: 'SOURCE',
      note: null,
      evidence: [spanOf(passage)],
    });
    const change = result.addParticipation.change;
    expect(change).toMatchObject({ kind: 'addParticipation', subject: 'erin', nodeIds: [PUTIN, ZAPAD] });
    const edge = `PARTICIPATED_IN:${PUTIN}->${ZAPAD}`;
    expect(entryOf(change.before, edge)).toBeNull();
    expect(entryOf(change.after, edge)).toEqual({
      role: 'observer',
      basis: 'SOURCE',
      evidenceSources: [sourceId],
      evidenceStarts: [spanOf(passage).start],
      evidenceEnds: [spanOf(passage).end],
      evidenceTexts: [passage],
    });
    expect(entryOf(change.after, ZAPAD)).toMatchObject({ version: zapadVersion + 1 });
    const putin = await data<{ node: { events: { role: string; event: { id: string }; basis: string }[] } }>(
      `{ node(id: "${PUTIN}") { ... on Person { events { role basis event { id } } } } }`,
    );
    expect(putin.node.events).toContainEqual({ role: 'observer', basis: 'SOURCE', event: { id: ZAPAD } });
  });

  it('adds an organization known from background knowledge, showing its note and no evidence', async () => {
    const note = 'Example: the Union State is known to take part from its own reports.';
    await data(ADD_PARTICIPATION, {
      input: { agentId: 'organization:union-state', eventId: ZAPAD, background: note },
    });
    expect(await participantsOf(ZAPAD)).toContainEqual({
      role: null,
      agent: { id: 'organization:union-state' },
      basis: 'BACKGROUND',
      note,
      evidence: [],
    });
  });

  it('removes a seeded participation, recording its properties before, and the event no longer lists it', async () => {
    expect((await participantsOf(VALAAM_MEETING)).map((p) => p.agent.id)).toContain(LUKASHENKO);
    const version = await versionOf(VALAAM_MEETING);
    const result = await data<{ removeParticipation: { event: { version: number }; change: ChangeView } }>(
      REMOVE_PARTICIPATION,
      { agentId: LUKASHENKO, eventId: VALAAM_MEETING },
    );
    expect(result.removeParticipation.event.version).toBe(version + 1);
    expect((await participantsOf(VALAAM_MEETING)).map((p) => p.agent.id)).not.toContain(LUKASHENKO);
    const edge = `PARTICIPATED_IN:${LUKASHENKO}->${VALAAM_MEETING}`;
    expect(result.removeParticipation.change.kind).toBe('removeParticipation');
    expect(entryOf(result.removeParticipation.change.before, edge)).toMatchObject({ basis: 'SOURCE' });
    expect(entryOf(result.removeParticipation.change.after, edge)).toBeNull();
    const history = await data<{ node: { history: { kind: string }[] } }>(
      `{ node(id: "${LUKASHENKO}") { history { kind } } }`,
    );
    expect(history.node.history.at(-1)?.kind).toBe('removeParticipation');
  });
});

/** The edges of a node's neighbourhood of one type, as graph views show a fact's basis. */
async function edgesOf(id: string, type: string) {
  const result = await data<{
    neighborhood: {
      edges: { type: string; source: string; target: string; basis: string; properties: Record<string, unknown> }[];
    };
  }>(`query N($id: ID!) { neighborhood(id: $id, depth: 1) { edges { type source target basis properties } } }`, { id });
  return result.neighborhood.edges.filter((edge) => edge.type === type);
}

describe('the other facts', () => {
  it("adds and removes an event's place", async () => {
    const passage = 'the Zapad exercise near Minsk';
    const added = await data<{ addEventLocation: { event: { places: { id: string }[] }; place: { id: string } } }>(
      `mutation A($input: AddEventLocationInput!) { addEventLocation(input: $input) { event { places { id } } place { id } } }`,
      { input: { eventId: ZAPAD, placeId: 'place:minsk', sourceId, evidence: [passage] } },
    );
    expect(added.addEventLocation.event.places).toContainEqual({ id: 'place:minsk' });
    const edge = (await edgesOf(ZAPAD, 'OCCURRED_AT')).find((candidate) => candidate.target === 'place:minsk');
    expect(edge).toMatchObject({ basis: 'SOURCE', properties: { evidenceTexts: [passage] } });
    const removed = await data<{ removeEventLocation: { event: { places: { id: string }[] }; change: ChangeView } }>(
      `mutation { removeEventLocation(eventId: "${ZAPAD}", placeId: "place:minsk") { event { places { id } } change { kind nodeIds } } }`,
    );
    expect(removed.removeEventLocation.event.places).not.toContainEqual({ id: 'place:minsk' });
    expect(removed.removeEventLocation.change).toMatchObject({
      kind: 'removeEventLocation',
      nodeIds: [ZAPAD, 'place:minsk'],
    });
  });

  it('adds a place within a place from the source and an event within an event from background, then removes one', async () => {
    const place = await data<{ addPartOf: { part: { partOf: { id: string }[] }; whole: { parts: { id: string }[] } } }>(
      `mutation A($input: AddPartOfInput!) {
        addPartOf(input: $input) { part { ... on Place { partOf { id } } } whole { ... on Place { parts { id } } } }
      }`,
      { input: { partId: 'place:istanbul', wholeId: 'place:europe', sourceId, evidence: ['Istanbul lies in Europe'] } },
    );
    expect(place.addPartOf.part.partOf).toContainEqual({ id: 'place:europe' });
    expect(place.addPartOf.whole.parts).toContainEqual({ id: 'place:istanbul' });
    await data(
      `mutation { addPartOf(input: { partId: "${ZAPAD}", wholeId: "event:war-in-ukraine", background: "Example note." }) { change { kind } } }`,
    );
    const edge = (await edgesOf(ZAPAD, 'PART_OF')).find((candidate) => candidate.target === 'event:war-in-ukraine');
    expect(edge).toMatchObject({ basis: 'BACKGROUND', properties: { note: 'Example note.', evidenceTexts: [] } });
    const removed = await data<{ removePartOf: { part: { partOf: { id: string }[] } } }>(
      `mutation { removePartOf(partId: "place:istanbul", wholeId: "place:europe") { part { ... on Place { partOf { id } } } } }`,
    );
    expect(removed.removePartOf.part.partOf).toEqual([]);
  });

  it("adds and removes an organization's seat", async () => {
    const added = await data<{ addBasedIn: { organization: { basedIn: { id: string }[] }; change: ChangeView } }>(
      `mutation { addBasedIn(input: { organizationId: "organization:union-state", placeId: "place:minsk", background: "Example: its secretariat sits in Minsk." }) { organization { basedIn { id } } change { kind } } }`,
    );
    expect(added.addBasedIn.organization.basedIn).toEqual([{ id: 'place:minsk' }]);
    expect(added.addBasedIn.change.kind).toBe('addBasedIn');
    const removed = await data<{ removeBasedIn: { organization: { basedIn: { id: string }[] } } }>(
      `mutation { removeBasedIn(organizationId: "organization:union-state", placeId: "place:minsk") { organization { basedIn { id } } } }`,
    );
    expect(removed.removeBasedIn.organization.basedIn).toEqual([]);
  });

  it('adds a leadership with its title and evidence, shown from both ends, and removes it', async () => {
    const passage = 'Putin heads the Russian government.';
    const added = await data<{
      addLeadership: {
        leader: { leads: { title: string; basis: string; led: { id: string }; evidence: unknown[] }[] };
        led: { leaders: { title: string; person: { id: string } }[] };
      };
    }>(
      `mutation A($input: AddLeadershipInput!) {
        addLeadership(input: $input) {
          leader { leads { title basis led { ... on Organization { id } ... on Place { id } } evidence { start end text source { id } } } }
          led { ... on Organization { leaders { title person { id } } } }
        }
      }`,
      {
        input: {
          personId: PUTIN,
          ledId: 'organization:government-of-russia',
          title: 'Head of the government',
          sourceId,
          evidence: [passage],
        },
      },
    );
    expect(added.addLeadership.leader.leads).toContainEqual({
      title: 'Head of the government',
      basis: 'SOURCE',
      led: { id: 'organization:government-of-russia' },
      evidence: [spanOf(passage)],
    });
    expect(added.addLeadership.led.leaders).toEqual([{ title: 'Head of the government', person: { id: PUTIN } }]);
    const removed = await data<{ removeLeadership: { led: { leaders: unknown[] } } }>(
      `mutation { removeLeadership(personId: "${PUTIN}", ledId: "organization:government-of-russia") { led { ... on Organization { leaders { title } } } } }`,
    );
    expect(removed.removeLeadership.led.leaders).toEqual([]);
  });

  it('adds a claim disputing another with both passages as evidence, and removes it', async () => {
    const claimOn = async (evidence: string) =>
      (
        await data<{ createClaim: { claim: { id: string } } }>(
          `mutation C($input: CreateClaimInput!) { createClaim(input: $input) { claim { id } } }`,
          { input: { sourceId, kind: 'NARRATION', text: evidence, evidence, aboutIds: [ZAPAD] } },
        )
      ).createClaim.claim.id;
    const [went, failed] = [
      await claimOn('The council said the talks went well.'),
      await claimOn('Critics said the talks failed.'),
    ];
    const added = await data<{
      addClaimLink: {
        claim: {
          disputeLinks: { claim: { id: string }; reason: string; basis: string; evidence: { text: string }[] }[];
        };
        target: { disputedByLinks: { claim: { id: string } }[] };
        change: ChangeView;
      };
    }>(
      `mutation A($input: AddClaimLinkInput!) {
        addClaimLink(input: $input) {
          claim { disputeLinks { claim { id } reason basis evidence { text } } }
          target { disputedByLinks { claim { id } } }
          change { kind nodeIds }
        }
      }`,
      {
        input: {
          kind: 'DISPUTES',
          claimId: failed,
          targetId: went,
          reason: 'Failed talks did not go well.',
          sourceId,
          evidence: ['Critics said the talks failed.', 'The council said the talks went well.'],
        },
      },
    );
    expect(added.addClaimLink.claim.disputeLinks).toEqual([
      {
        claim: { id: went },
        reason: 'Failed talks did not go well.',
        basis: 'SOURCE',
        evidence: [{ text: 'Critics said the talks failed.' }, { text: 'The council said the talks went well.' }],
      },
    ]);
    expect(added.addClaimLink.target.disputedByLinks).toEqual([{ claim: { id: failed } }]);
    expect(added.addClaimLink.change).toMatchObject({ kind: 'addClaimLink', nodeIds: [failed, went] });
    const removed = await data<{ removeClaimLink: { claim: { disputeLinks: unknown[] } } }>(
      `mutation R($claimId: ID!, $targetId: ID!) { removeClaimLink(kind: DISPUTES, claimId: $claimId, targetId: $targetId) { claim { disputeLinks { reason } } } }`,
      { claimId: failed, targetId: went },
    );
    expect(removed.removeClaimLink.claim.disputeLinks).toEqual([]);
    const refusal = await refused(
      `mutation { addClaimLink(input: { kind: SUPPORTS, claimId: "${went}", targetId: "${went}", reason: "Itself.", background: "x" }) { claim { id } } }`,
      {},
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('input.targetId: a claim cannot support itself');
  });
});

describe('refused fact writes change neither the graph nor the change log', () => {
  const add = (overrides: Record<string, unknown>, headers = editor) =>
    refused(ADD_PARTICIPATION, { input: participationInput({ eventId: 'event:vietnam-war', ...overrides }) }, headers);

  it.each([
    ['an unknown id', { agentId: 'person:nobody-at-all' }, 'input.agentId: no person "person:nobody-at-all"'],
    [
      'an id of the wrong type',
      { agentId: 'place:belarus' },
      'input.agentId: must be the id of a person or organization, but got "place:belarus"',
    ],
    [
      'a passage that is not in the source',
      { evidence: ['Putin watched the Vietnam war.'] },
      'input.evidence[0]: not found in the text of SOURCE: "Putin watched the Vietnam war."',
    ],
    [
      'a passage that occurs twice',
      { evidence: ['The talks resumed.'] },
      'input.evidence[0]: occurs 2 times in the text of SOURCE',
    ],
    ['both evidence and background', { background: 'Known.' }, 'not both'],
    ['neither evidence nor background', { evidence: null }, 'input: states a fact without a basis'],
    ['an empty list of passages', { evidence: [] }, 'input.evidence: must list at least one passage'],
    ['evidence without its source', { sourceId: null }, 'input.sourceId: evidence passages are found'],
    ['background with a source', { evidence: null, background: 'Known.' }, 'input.sourceId: a background fact'],
    ['an unknown source', { sourceId: 'source:nothing-here' }, 'input.sourceId: no source "source:nothing-here"'],
    [
      'a source id of another type',
      { sourceId: ZAPAD },
      `input.sourceId: must be the id of a source, but got "${ZAPAD}"`,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, overrides, message) => {
    const refusal = await add(overrides);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain(message.replace('SOURCE', sourceId));
  });

  it('refuses a place within an event', async () => {
    const refusal = await refused(
      `mutation { addPartOf(input: { partId: "place:minsk", wholeId: "${ZAPAD}", background: "x" }) { change { kind } } }`,
      {},
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain(`input.wholeId: a place can only be part of a place, but got "${ZAPAD}"`);
  });

  it('refuses a fact that is stated already with CONFLICT', async () => {
    const refusal = await refused(ADD_PARTICIPATION, {
      input: { agentId: PUTIN, eventId: 'event:valaam-church-visit-2025', background: 'Known.' },
    });
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain(`"${PUTIN}" already has a PARTICIPATED_IN relationship`);
  });

  it('refuses to remove a fact that is not there with NOT_FOUND', async () => {
    const refusal = await refused(REMOVE_PARTICIPATION, { agentId: PUTIN, eventId: 'event:vietnam-war' });
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toContain(`"${PUTIN}" has no PARTICIPATED_IN relationship to "event:vietnam-war"`);
  });

  it('refuses to remove a fact between an unknown id and a node', async () => {
    const refusal = await refused(REMOVE_PARTICIPATION, { agentId: 'person:nobody-at-all', eventId: ZAPAD });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('agentId: no person "person:nobody-at-all"');
  });

  it('refuses adds and removals without a token and with a reader token', async () => {
    const reader = await bearer('rita', { roles: ['reader'] });
    expect((await add({}, {})).code).toBe('UNAUTHENTICATED');
    expect((await add({}, reader)).code).toBe('FORBIDDEN');
    const removal = { agentId: PUTIN, eventId: 'event:valaam-church-visit-2025' };
    expect((await refused(REMOVE_PARTICIPATION, removal, {})).code).toBe('UNAUTHENTICATED');
    expect((await refused(REMOVE_PARTICIPATION, removal, reader)).code).toBe('FORBIDDEN');
  });
});
