import { compareChangeLog, formatMixedLoadTestResult, runMixedLoadTest } from '../../scripts/loadtest-mixed';
import { startCurationServer, tokenFor, type CurationServer } from '../curation/curation-fixtures';

// `npm run loadtest -- --mixed` in short: 4 s, 3 readers, 2 editor connections signing as three
// subjects, against the seeded server with the write rate limit raised for the run.
const SUBJECTS = ['mixed-editor-1', 'mixed-editor-2', 'mixed-editor-3'];

let api: CurationServer;
beforeAll(async () => {
  api = await startCurationServer({ WRITE_RATE_LIMIT: '1000000' });
});
afterAll(async () => {
  await api.close();
});

/** Change nodes after a sequence, counted in Neo4j itself rather than through the API. */
async function changesStoredAfter(sequence: number): Promise<number> {
  const result = await api.database.read('MATCH (c:Change) WHERE c.sequence > $sequence RETURN count(c) AS changes', {
    sequence,
  });
  return Number(result.records[0]?.get('changes'));
}

describe('the mixed read/write load test', () => {
  it('reports reads and writes, and finds every acknowledged write in the change log', async () => {
    const editors = await Promise.all(SUBJECTS.map(async (subject) => ({ subject, token: await tokenFor(subject) })));
    const result = await runMixedLoadTest({
      url: api.server.url,
      readers: 3,
      editorConnections: 2,
      durationSeconds: 4,
      editors,
      rateLimitNote: 'WRITE_RATE_LIMIT=1000000 on the test server',
    });
    console.log(formatMixedLoadTestResult(result));
    const { reads, writes, changeLog } = result;

    expect(reads?.ok).toBe(true);
    expect(writes.byKind.createClaim.acknowledged).toBeGreaterThan(0);
    expect(writes.byKind.updateEntity.acknowledged).toBeGreaterThan(0);
    // Every write sent was answered, and each answer is either acknowledged or a counted refusal.
    const refused = Object.values(writes.errorsByCode).reduce((sum, count) => sum + count, 0);
    expect(writes.answered).toBe(writes.sent);
    expect(writes.acknowledged + refused).toBe(writes.answered);
    expect(Object.keys(writes.errorsByCode).filter((code) => code !== 'CONFLICT')).toEqual([]);

    expect(changeLog).toMatchObject({ ok: true, missing: [], unacknowledged: [], otherEntries: 0 });
    expect(changeLog.newEntries).toBe(writes.acknowledged);
    expect(await changesStoredAfter(changeLog.afterSequence)).toBe(writes.acknowledged);
    expect(result.ok).toBe(true);
  }, 60_000);

  it('fails the check for an acknowledged write the log lacks, and for an entry never acknowledged', () => {
    const subjects = new Set(['alice']);
    const logged = [
      { sequence: 10, subject: 'alice' },
      { sequence: 11, subject: 'alice' },
      { sequence: 12, subject: 'someone-else' },
      { sequence: 13, subject: 'alice' },
    ];
    expect(compareChangeLog({ afterSequence: 10, acknowledgedSequences: [11, 13], logged, subjects })).toMatchObject({
      ok: true,
      newEntries: 2,
      otherEntries: 1,
      acknowledged: 2,
    });
    expect(
      compareChangeLog({ afterSequence: 10, acknowledgedSequences: [11, 13, 14], logged, subjects }),
    ).toMatchObject({ ok: false, missing: [14], unacknowledged: [] });
    expect(compareChangeLog({ afterSequence: 10, acknowledgedSequences: [11], logged, subjects })).toMatchObject({
      ok: false,
      missing: [],
      unacknowledged: [13],
    });
  });
});
