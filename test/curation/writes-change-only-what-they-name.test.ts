import { foldForm } from '../../src/domain/fold-form';
import { bearer, curationRequests, startCurationServer, type CurationServer } from './curation-fixtures';
import { keyOf, snapshotNode, spansOf, type NodeSnapshot } from './node-snapshot';

const PUTIN = 'person:vladimir-putin';
const LUKASHENKO = 'person:alexander-lukashenko';

let api: CurationServer;
let editor: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startCurationServer();
  editor = await bearer('erin');
  admin = await bearer('ada', { roles: ['admin'] });
});
afterAll(async () => {
  await api.close();
});

const { data, versionOf } = curationRequests(
  () => api,
  () => editor,
);

async function snapshot(id: string): Promise<NodeSnapshot> {
  const node = await snapshotNode(api.database, id);
  if (node === null) throw new Error(`no node "${id}"`);
  return node;
}

describe('updateEntity', () => {
  it('changes the description and nothing else: otherNames, aliases and every relationship stay', async () => {
    const before = await snapshot(LUKASHENKO);
    expect((before.properties.otherNames as string[]).length).toBeGreaterThan(0);
    await data(
      `mutation U($id: ID!, $v: Int!) {
        updateEntity(id: $id, expectedVersion: $v, input: { description: "President of Belarus." }) { entity { id } }
      }`,
      { id: LUKASHENKO, v: await versionOf(LUKASHENKO) },
    );
    const after = await snapshot(LUKASHENKO);
    expect(after).toEqual({
      ...before,
      properties: {
        ...before.properties,
        description: 'President of Belarus.',
        version: (before.properties.version as number) + 1,
        curated: true,
      },
    });
  });
});

describe('updateEntity of a place', () => {
  it('stores a longitude of -0 as 0, the value its change record holds (JSON writes -0 as 0)', async () => {
    const id = 'place:belarus';
    const written = await data<{ updateEntity: { change: { after: string } } }>(
      `mutation U($id: ID!, $v: Int!) {
        updateEntity(id: $id, expectedVersion: $v, input: { latitude: 53.9, longitude: -0 }) { change { after } }
      }`,
      { id, v: await versionOf(id) },
    );
    const stored = (await snapshot(id)).properties.longitude;
    expect(Object.is(stored, 0)).toBe(true);
    expect(
      (JSON.parse(written.updateEntity.change.after) as Record<string, { longitude: unknown }>)[id]?.longitude,
    ).toBe(stored);
  });
});

describe('mergeEntities', () => {
  it("gives the kept entity the union of both entities' names, aliases, otherNames, facts and evidence", async () => {
    const [kept, merged] = [await snapshot(LUKASHENKO), await snapshot(PUTIN)];
    await data(
      `mutation M($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { entity { id } } }`,
      { keep: LUKASHENKO, merge: PUTIN },
      admin,
    );
    const after = await snapshot(LUKASHENKO);
    const forms = (node: NodeSnapshot) => [
      node.properties.name as string,
      ...(node.properties.aliases as string[]),
      ...(node.properties.otherNames as string[]),
    ];
    const foldedForms = new Set(forms(after).map(foldForm));
    for (const form of [...forms(kept), ...forms(merged)])
      expect([form, foldedForms.has(foldForm(form))]).toEqual([form, true]);
    expect(after.properties.otherNames).toEqual(
      expect.arrayContaining([
        ...(kept.properties.otherNames as string[]),
        ...(merged.properties.otherNames as string[]),
      ]),
    );
    // Every relationship of either (but those between the two) is the kept entity's, with every evidence span of both.
    const byKey = new Map(after.relationships.map((relationship) => [keyOf(relationship), relationship]));
    for (const relationship of [...kept.relationships, ...merged.relationships]) {
      if (relationship.other === LUKASHENKO || relationship.other === PUTIN) continue;
      const united = byKey.get(keyOf(relationship));
      expect([keyOf(relationship), united === undefined]).toEqual([keyOf(relationship), false]);
      expect(spansOf(united?.properties ?? {})).toEqual(expect.arrayContaining(spansOf(relationship.properties)));
    }
  });
});
