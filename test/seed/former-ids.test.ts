import type { GraphDatabase } from '../../src/graph/graph-database';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { deleteWholeGraph } from '../../src/graph/write/load-graph-rows';
import { loadSeed } from '../../seed/load-seed';
import { openEmptyTestDatabase } from '../support/test-database';
import { readSeedJson, realInput, remove, REAL_JSON_FILE, set } from './seed-test-inputs';

const REAL = readSeedJson(REAL_JSON_FILE) as { claims: { id: string; formerIds?: string[] }[] };

/** Paragraph 8's claims, first stored under `putin-` ids, renamed to their speaker's. */
const RENAMED = REAL.claims.flatMap(({ id, formerIds = [] }) => formerIds.map((former) => ({ former, id })));

/**
 * A claim renamed in its seed file (`formerIds`) keeps answering to its old ids, as an entity
 * merged through the API does: the old id leads to the renamed claim, and a graph loaded before
 * the rename keeps no stale copy under it.
 */
describe('former claim ids', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  async function rows<Row>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await database.read(cypher, parameters);
    return result.records.map((record) => toPlainValue(record.toObject()) as Row);
  }

  const leadsTo = (former: string) =>
    rows<{ into: string; stale: number; speaker: string }>(
      `MATCH (redirect:MergedId {id: $former})
       MATCH (claim:Claim {id: redirect.into})<-[:STATED]-(speaker)
       RETURN redirect.into AS into, COUNT { MATCH (stale:Node {id: $former}) } AS stale, speaker.id AS speaker`,
      { former },
    );

  it('leads each of paragraph 8’s old putin- ids to Lukashenko’s renamed claim', async () => {
    expect((await loadSeed(database, [realInput()])).kind).toBe('loaded');
    expect(RENAMED.map(({ former }) => former)).toEqual([
      'claim:putin-weekend-devoted-to-discussion',
      'claim:putin-good-tradition-orthodox-nations-meet-yearly',
      'claim:putin-temple-feels-like-home',
      'claim:putin-smolensk-skit-but-no-belarusian-skit',
    ]);
    for (const { former, id } of RENAMED)
      expect(await leadsTo(former)).toEqual([{ into: id, stale: 0, speaker: 'person:alexander-lukashenko' }]);
  });

  it('removes the claim an earlier load stored under a former id when the renamed file is loaded', async () => {
    const index = REAL.claims.findIndex(({ formerIds = [] }) => formerIds.length > 0);
    const { former, id } = RENAMED[0] as { former: string; id: string };
    await deleteWholeGraph(database);
    const before = await loadSeed(database, [
      realInput(set(`claims[${index}].id`, former), remove(`claims[${index}].formerIds`)),
    ]);
    expect(before.kind).toBe('loaded');
    expect(await rows('MATCH (c:Claim {id: $former}) RETURN c.id AS id', { former })).toEqual([{ id: former }]);

    expect((await loadSeed(database, [realInput()])).kind).toBe('loaded');
    expect(await leadsTo(former)).toEqual([{ into: id, stale: 0, speaker: 'person:alexander-lukashenko' }]);
  });

  it('refuses a former id that another entry defines, naming both places', async () => {
    const index = REAL.claims.findIndex(({ formerIds = [] }) => formerIds.length > 0);
    const taken = 'claim:putin-this-is-our-shared-history';
    const result = await loadSeed(database, [realInput(set(`claims[${index}].formerIds`, [taken]))]);
    expect(result.kind).toBe('invalid');
    const problems = result.kind === 'invalid' ? result.problems : [];
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`claims\\[\\d+\\]\\.(id|formerIds\\[0\\]): duplicate id "${taken}"`)),
    ]);
  });
});
