import { randomBytes } from 'node:crypto';
import { readDocumentedReads } from './loadtest-operations';
import { formatCounts, formatLoadTestResult, runLoadTest, type LoadTestResult } from './loadtest-run';
import { runWriteLoad, type Editor, type WriteLoadResult, type WriteTarget } from './loadtest-writes';

/** The seeded article, and a passage found exactly once in it: the evidence of every claim. */
export const LOAD_TEST_EVIDENCE = {
  sourceId: 'source:valaam-lukashenko-putin-2025-08-01',
  passage: 'Alexander Lukashenko and Vladimir Putin communicate more frequently than any other world leaders.',
} as const;

/** People the run creates for its updates; few, so that concurrent editors meet on them. */
const TARGET_COUNT = 3;
const CHANGES_PAGE = 100;

export interface MixedLoadTestOptions {
  readonly url: string;
  /** Connections sending the README's reads, as the plain load test does. */
  readonly readers: number;
  /** Connections sending writes. */
  readonly editorConnections: number;
  readonly durationSeconds: number;
  /** The subjects whose editor tokens sign the writes, in turn (and the setup's, the first). */
  readonly editors: readonly Editor[];
  /** How the per-subject write rate limit is kept out of the figures, printed with them. */
  readonly rateLimitNote: string;
}

/** The nothing-lost check: the change log's new entries against the writes acknowledged. */
export interface ChangeLogCheck {
  /** The last sequence before the run; entries after it count. */
  readonly afterSequence: number;
  /** Entries after it by the run's subjects. */
  readonly newEntries: number;
  /** Entries after it by anyone else (another client writing meanwhile); not compared. */
  readonly otherEntries: number;
  readonly acknowledged: number;
  /** Acknowledged sequences the log does not hold: lost writes. */
  readonly missing: readonly number[];
  /** The run's entries no acknowledgement reported (a write whose answer never came). */
  readonly unacknowledged: readonly number[];
  readonly ok: boolean;
}

export interface MixedLoadTestResult {
  /** Null when the run had no readers (the writes alone). */
  readonly reads: LoadTestResult | null;
  readonly writes: WriteLoadResult;
  readonly changeLog: ChangeLogCheck;
  readonly rateLimitNote: string;
  /** Reads all good, writes refused only with CONFLICT, and nothing lost. */
  readonly ok: boolean;
}

/**
 * Readers and editors at once: the README's reads on `readers` connections (runLoadTest) while
 * `editorConnections` send createClaim and updateEntity with the editors' tokens (runWriteLoad),
 * on people the run creates first, so the graph's own data is not edited. Afterwards it reads
 * the change log after the run's first sequence and checks that it holds exactly the writes
 * acknowledged. Resolves with every figure whatever the outcome; `ok` says whether all held.
 *
 * @throws before any load when the seeded article is missing or the first editor cannot write.
 */
export async function runMixedLoadTest(options: MixedLoadTestOptions): Promise<MixedLoadTestResult> {
  const setupEditor = options.editors[0];
  if (setupEditor === undefined) throw new Error('The mixed load test needs at least one editor token');
  const post = createPoster(options.url, setupEditor.token);
  const source = await post<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
    id: LOAD_TEST_EVIDENCE.sourceId,
  });
  if (source.node === null)
    throw new Error(`The graph has no ${LOAD_TEST_EVIDENCE.sourceId} to cite; seed it first (npm run seed)`);
  const runId = randomBytes(3).toString('hex');
  const { targets, afterSequence } = await createTargets(post, runId);
  const [reads, writes] = await Promise.all([
    options.readers === 0
      ? null
      : runLoadTest({
          url: options.url,
          connections: options.readers,
          durationSeconds: options.durationSeconds,
          operations: readDocumentedReads(),
        }),
    runWriteLoad({
      url: options.url,
      connections: options.editorConnections,
      durationSeconds: options.durationSeconds,
      editors: options.editors,
      targets,
      evidence: LOAD_TEST_EVIDENCE,
      runId,
    }),
  ]);
  const logged = await readChangesAfter(post, afterSequence);
  const changeLog = compareChangeLog({
    afterSequence,
    acknowledgedSequences: writes.acknowledgedSequences,
    logged,
    subjects: new Set(options.editors.map((editor) => editor.subject)),
  });
  const refusedOtherwise = Object.keys(writes.errorsByCode).filter((code) => code !== 'CONFLICT');
  return {
    reads,
    writes,
    changeLog,
    rateLimitNote: options.rateLimitNote,
    ok: (reads?.ok ?? true) && changeLog.ok && refusedOtherwise.length === 0 && writes.acknowledged > 0,
  };
}

/**
 * Compares the change log's entries after `afterSequence` by `subjects` with the sequences the
 * acknowledged writes reported: equal sets, or the check fails, listing the difference.
 */
export function compareChangeLog(input: {
  readonly afterSequence: number;
  readonly acknowledgedSequences: readonly number[];
  readonly logged: readonly { readonly sequence: number; readonly subject: string }[];
  readonly subjects: ReadonlySet<string>;
}): ChangeLogCheck {
  const after = input.logged.filter((change) => change.sequence > input.afterSequence);
  const ours = new Set(after.filter((change) => input.subjects.has(change.subject)).map((change) => change.sequence));
  const acknowledged = new Set(input.acknowledgedSequences);
  const missing = [...acknowledged].filter((sequence) => !ours.has(sequence));
  const unacknowledged = [...ours].filter((sequence) => !acknowledged.has(sequence));
  return {
    afterSequence: input.afterSequence,
    newEntries: ours.size,
    otherEntries: after.length - ours.size,
    acknowledged: input.acknowledgedSequences.length,
    missing,
    unacknowledged,
    ok:
      missing.length === 0 &&
      unacknowledged.length === 0 &&
      acknowledged.size === input.acknowledgedSequences.length &&
      ours.size === input.acknowledgedSequences.length,
  };
}

/** A few lines for a terminal: reads, writes, errors by code, and the nothing-lost check. */
export function formatMixedLoadTestResult(result: MixedLoadTestResult): string {
  const { reads, writes, changeLog } = result;
  const seconds = Math.max(writes.durationSeconds, 0.001);
  const check = changeLog.ok ? 'PASS' : 'FAIL';
  return [
    `write rate limit: ${result.rateLimitNote}`,
    reads === null
      ? 'reads: none (no reader connections)'
      : `reads: ${reads.requests} in ${reads.durationSeconds.toFixed(1)} s over ${reads.connections} connections: ${reads.requestsPerSecond.toFixed(1)} req/s; latency ms p50 ${reads.latencyMs.p50}, p99 ${reads.latencyMs.p99}; errors by code: ${formatCounts(reads.errorsByCode)}`,
    `writes: ${writes.answered} answered of ${writes.sent} sent${writes.sent > writes.answered ? ` (${writes.sent - writes.answered} timed out, outcome unknown)` : ''} in ${seconds.toFixed(1)} s over ${writes.connections} connections: ${(writes.answered / seconds).toFixed(1)} writes/s, ${(writes.acknowledged / seconds).toFixed(1)} acknowledged/s (createClaim ${writes.byKind.createClaim.acknowledged}/${writes.byKind.createClaim.answered}, updateEntity ${writes.byKind.updateEntity.acknowledged}/${writes.byKind.updateEntity.answered}); latency ms p50 ${writes.latencyMs.p50}, p99 ${writes.latencyMs.p99}; errors by code: ${formatCounts(writes.errorsByCode)}`,
    `nothing lost: ${check}: ${changeLog.newEntries} change-log entries by the run's subjects after sequence ${changeLog.afterSequence}, ${changeLog.acknowledged} writes acknowledged${changeLog.otherEntries > 0 ? ` (${changeLog.otherEntries} entries by others not counted)` : ''}${changeLog.missing.length > 0 ? `; missing from the log: ${changeLog.missing.join(', ')}` : ''}${changeLog.unacknowledged.length > 0 ? `; logged but never acknowledged: ${changeLog.unacknowledged.join(', ')}` : ''}`,
    ...Object.entries(writes.firstErrorByCode)
      .filter(([code]) => code !== 'CONFLICT')
      .map(([code, message]) => `  first ${code}: ${message}`),
    ...(reads === null || reads.ok ? [] : [formatLoadTestResult(reads)]),
    result.ok
      ? 'PASS: reads all good, writes refused only by CONFLICT, every acknowledged write in the change log'
      : 'FAIL: see above',
  ].join('\n');
}

type Poster = <Data>(query: string, variables: Record<string, unknown>) => Promise<Data>;

/** POSTs with the token; throws on any GraphQL error, naming it. */
function createPoster(url: string, token: string): Poster {
  return async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors !== undefined || body.data === undefined)
      throw new Error(`The load test's setup failed: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    return body.data;
  };
}

/** Creates the people the updates edit; the last creation's sequence is where the run starts. */
async function createTargets(post: Poster, runId: string): Promise<{ targets: WriteTarget[]; afterSequence: number }> {
  const targets: WriteTarget[] = [];
  let afterSequence = 0;
  for (let index = 0; index < TARGET_COUNT; index += 1) {
    const data = await post<{
      createEntity: { entity: { id: string; version: number }; change: { sequence: number } };
    }>(
      `mutation($name: String!) { createEntity(input: { type: PERSON, name: $name, description: "Edited by the load test" }) { entity { id version } change { sequence } } }`,
      { name: `Load test person ${runId} ${index + 1}` },
    );
    targets.push(data.createEntity.entity);
    afterSequence = Math.max(afterSequence, data.createEntity.change.sequence);
  }
  return { targets, afterSequence };
}

async function readChangesAfter(post: Poster, afterSequence: number) {
  const changes: { sequence: number; subject: string }[] = [];
  for (let after = afterSequence; ;) {
    const page = await post<{ changes: { sequence: number; subject: string }[] }>(
      'query($after: Int, $first: Int) { changes(after: $after, first: $first) { sequence subject } }',
      { after, first: CHANGES_PAGE },
    );
    changes.push(...page.changes);
    const last = page.changes.at(-1);
    if (last === undefined || page.changes.length < CHANGES_PAGE) return changes;
    after = last.sequence;
  }
}
