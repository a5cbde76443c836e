import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { backUpGraph } from '../../src/backup/back-up-graph';
import { restoreBackup } from '../../src/backup/restore-backup';
import { CurationGraph } from '../../src/graph/api/curation-graph';
import { GraphDatabase } from '../../src/graph/graph-database';
import { deleteWholeGraph } from '../../src/graph/write/load-graph-rows';
import type { RunningServer } from '../../src/start-server';
import {
  graphState,
  startCurationServer,
  startSecondInstance,
  type CurationServer,
} from '../curation/curation-fixtures';
import { testConfig } from '../support/test-database';

const TIMEOUT_MS = 60_000;
const folder = mkdtempSync(path.join(tmpdir(), 'kg-backup-'));
const backupFile = path.join(folder, 'graph.kgbackup.gz');

let api: CurationServer;
let curation: CurationGraph;

beforeAll(async () => {
  api = await startCurationServer();
  curation = new CurationGraph(api.database);
  await curateEveryWay(curation);
});
afterAll(async () => {
  await api.close();
});

/** Every kind of curation write once: creations, updates, facts added and removed, a retraction, a merge. */
async function curateEveryWay(graph: CurationGraph): Promise<void> {
  const text = 'Kyiv, 3 August. The minister said the talks would resume. Observers were doubtful.';
  const source = (await graph.addSource('ed', { title: 'Talks report', text, language: 'en' })).result;
  const sourceId = source.properties.id as string;
  const keep = (await graph.createEntity('ed', { type: 'PERSON', name: 'Olena Keep', otherNames: ['O. K.'] })).result;
  const merge = (await graph.createEntity('ed', { type: 'PERSON', name: 'Olena Merged', otherNames: ['O. M.'] }))
    .result;
  const [keepId, mergeId] = [keep.properties.id as string, merge.properties.id as string];
  await graph.updateEntity({ subject: 'ed', id: keepId, expectedVersion: 1, input: { description: 'A minister.' } });
  const place = (await graph.createEntity('ed', { type: 'PLACE', name: 'Kyiv Q', latitude: 50.0, longitude: 30.5 }))
    .result;
  const event = (await graph.createEvent('ed', { name: 'Talks', kind: 'talks', status: 'PAST', date: '2025-08-03' }))
    .result;
  const eventId = event.properties.id as string;
  await graph.updateEvent({ subject: 'ed', id: eventId, expectedVersion: 1, input: { dateText: '3 August' } });
  const claim = (
    await graph.createClaim('ed', {
      sourceId,
      speakerId: mergeId,
      kind: 'PARAPHRASE',
      text: 'The talks will resume.',
      evidence: 'The minister said the talks would resume.',
      aboutIds: [keepId],
    })
  ).result;
  const claimId = claim.properties.id as string;
  await graph.updateClaim({ subject: 'ed', id: claimId, expectedVersion: 1, input: { text: 'Talks resume.' } });
  const basis = { sourceId, evidence: ['The minister said the talks would resume.'] };
  const participation = { subject: 'ed', kind: 'PARTICIPATION' as const, from: mergeId, to: eventId };
  await graph.addFactLink({ ...participation, properties: { role: 'minister' }, basis });
  const location = { subject: 'ed', kind: 'EVENT_LOCATION' as const, from: eventId, to: place.properties.id as string };
  await graph.addFactLink({ ...location, properties: {}, basis });
  await graph.removeFactLink(location);
  await graph.retractClaim({ subject: 'ed', id: claimId, expectedVersion: 2, input: 'Misattributed.' });
  await graph.mergeEntities({ subject: 'admin', keep: keepId, merge: mergeId });
}

/** The canonical export of the whole graph, as served, in two formats. */
async function exportsOf(server: RunningServer): Promise<string[]> {
  return Promise.all(
    ['graphml', 'cytoscape'].map(async (format) => (await fetch(`${server.url}/export?format=${format}`)).text()),
  );
}

describe('backup and restore', () => {
  it('gives back the graph and the change log exactly, and the next write continues the sequence', async () => {
    const exportsBefore = await exportsOf(api.server);
    const changesBefore = await curation.changes({ after: 0, first: 1000, nodeId: null, subject: null });
    const stateBefore = await graphState(api.database);
    await backUpGraph(api.database, { file: backupFile, timeoutMs: TIMEOUT_MS });
    await deleteWholeGraph(api.database);
    expect((await graphState(api.database)).nodes).toBe('0');
    await restoreBackup(api.database, { file: backupFile, replace: false, timeoutMs: TIMEOUT_MS });
    // A new instance: nothing it answers can come from a cache filled before the restore.
    const fresh = await startSecondInstance();
    try {
      const exportsAfter = await exportsOf(fresh);
      expect(exportsAfter).toEqual(exportsBefore);
    } finally {
      await fresh.stop();
    }
    expect(await curation.changes({ after: 0, first: 1000, nodeId: null, subject: null })).toEqual(changesBefore);
    expect(await graphState(api.database)).toEqual(stateBefore);
    const lastSequence = changesBefore[changesBefore.length - 1]?.sequence ?? 0;
    const next = await curation.createEntity('ed', { type: 'ORGANIZATION', name: 'After Restore Org' });
    expect(next.change.sequence).toBe(lastSequence + 1);
  });

  it('refuses a database that is not empty unless told to replace it, and then replaces it whole', async () => {
    const extra = await curation.createEntity('ed', { type: 'ORGANIZATION', name: 'Not In The Backup' });
    const before = await graphState(api.database);
    await expect(
      restoreBackup(api.database, { file: backupFile, replace: false, timeoutMs: TIMEOUT_MS }),
    ).rejects.toThrow(/not empty.*--force/);
    expect(await graphState(api.database)).toEqual(before);
    await restoreBackup(api.database, { file: backupFile, replace: true, timeoutMs: TIMEOUT_MS });
    const restored = await curation.changes({ after: 0, first: 1000, nodeId: null, subject: null });
    expect(restored.map((change) => change.nodeIds[0])).not.toContain(extra.change.nodeIds[0]);
    expect(await graphState(api.database)).not.toEqual(before);
  });

  it.each([
    ['cut off', (file: Buffer) => file.subarray(0, Math.floor(file.length / 2)), /cut off|cannot be read/],
    [
      'of another format version',
      (file: Buffer) => rewrite(file, (text) => text.replace('"version":1', '"version":2')),
      /format version 2/,
    ],
    [
      'changed after it was written',
      (file: Buffer) => rewrite(file, (text) => text.replace('Olena Keep', 'Olena Kept')),
      /checksum/,
    ],
    [
      'without its trailer',
      (file: Buffer) => rewrite(file, (text) => text.split('\n').slice(0, -2).join('\n') + '\n'),
      /cut off/,
    ],
  ])('refuses a file %s with a clear error, writing nothing', async (_case, damage, message) => {
    const damaged = path.join(folder, `damaged-${readdirSync(folder).length}.gz`);
    writeFileSync(damaged, damage(readFileSync(backupFile)));
    await deleteWholeGraph(api.database);
    await expect(restoreBackup(api.database, { file: damaged, replace: false, timeoutMs: TIMEOUT_MS })).rejects.toThrow(
      message,
    );
    expect((await graphState(api.database)).nodes).toBe('0');
    await restoreBackup(api.database, { file: backupFile, replace: false, timeoutMs: TIMEOUT_MS });
  });

  it('leaves no file under the target name when the database cannot be read', async () => {
    const unreachable = new GraphDatabase({
      ...testConfig().neo4j,
      uri: 'bolt://127.0.0.1:1',
      maxRetryTimeMs: 0,
      connectionTimeoutMs: 500,
    });
    const target = path.join(folder, 'never.gz');
    try {
      await expect(backUpGraph(unreachable, { file: target, timeoutMs: TIMEOUT_MS })).rejects.toThrow();
    } finally {
      await unreachable.close();
    }
    expect(readdirSync(folder).filter((name) => name.includes('never'))).toEqual([]);
  });
});

function rewrite(file: Buffer, change: (text: string) => string): Buffer {
  return gzipSync(Buffer.from(change(gunzipSync(file).toString('utf8')), 'utf8'));
}
