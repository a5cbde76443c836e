import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { errorCodeOf } from './loadtest-operations';

/** Who signs writes: a subject and a bearer token with the editor role for it. */
export interface Editor {
  readonly subject: string;
  readonly token: string;
}

/** An entity the run created for its updates, at the version it was created with. */
export interface WriteTarget {
  readonly id: string;
  readonly version: number;
}

export interface WriteLoadOptions {
  /** The server's base URL (the writes go to its /graphql). */
  readonly url: string;
  /** Editor connections, each sending one write at a time. */
  readonly connections: number;
  /** How long new writes are sent; the writes still in flight then are waited for. */
  readonly durationSeconds: number;
  /** Tokens the writes carry, in turn, so each subject's rate is a share of the whole. */
  readonly editors: readonly Editor[];
  /** What updateEntity edits (with expectedVersion) and what the created claims are about. */
  readonly targets: readonly WriteTarget[];
  /** A source in the graph and a passage found exactly once in its text, every claim's evidence. */
  readonly evidence: { readonly sourceId: string; readonly passage: string };
  /** Marks this run's claims and descriptions. */
  readonly runId: string;
}

export type WriteKind = 'createClaim' | 'updateEntity';

export interface WriteLoadResult {
  readonly connections: number;
  /** Seconds from the first write to the last answer. */
  readonly durationSeconds: number;
  /** Writes sent. */
  readonly sent: number;
  /** Writes answered, acknowledged or refused. */
  readonly answered: number;
  /** Answered with the payload's change and no error: the writes the server says it made. */
  readonly acknowledged: number;
  /** The change-log sequence numbers the acknowledged writes' payloads reported. */
  readonly acknowledgedSequences: readonly number[];
  readonly byKind: Readonly<Record<WriteKind, { readonly answered: number; readonly acknowledged: number }>>;
  /** Refused writes by `extensions.code` (CONFLICT is the expected refusal of a stale version). */
  readonly errorsByCode: Readonly<Record<string, number>>;
  /** The first message seen with each code, to say why. */
  readonly firstErrorByCode: Readonly<Record<string, string>>;
  /** Send to answer, over every answered write. */
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** Sent in place of a write once the run is over, until autocannon's next tick stops it. */
const IDLE_BODY = JSON.stringify({ query: '{ __typename }' });
/**
 * How long a write may take before autocannon drops it. Generous on purpose: a dropped write may
 * still commit, and then the change log holds a write nobody saw acknowledged; on a saturated
 * two-core machine writes queued behind 50 readers took over 10 s (the read side's timeout).
 */
const REQUEST_TIMEOUT_SECONDS = 60;

const CREATE_CLAIM = `mutation LoadTestCreateClaim($input: CreateClaimInput!) {
  createClaim(input: $input) { claim { id version } change { sequence } }
}`;
const UPDATE_ENTITY = `mutation LoadTestUpdateEntity($id: ID!, $expectedVersion: Int!, $input: UpdateEntityInput!) {
  updateEntity(id: $id, expectedVersion: $expectedVersion, input: $input) { entity { id version } change { sequence } }
}`;

interface WriteAnswer {
  readonly data?: Record<string, { change?: { sequence?: unknown }; entity?: { version?: unknown } } | null> | null;
  readonly errors?: readonly { message?: unknown; extensions?: { code?: unknown; currentVersion?: unknown } }[];
}

/** A write on its way: what it is, what it edits, and when it was sent. */
interface SentWrite {
  readonly kind: WriteKind;
  readonly targetId: string;
  readonly sentAt: number;
}

/** What a connection's context holds between a write's setup and its answer (one at a time). */
interface PendingWrite {
  write?: SentWrite | null;
}

/**
 * Drives real mutations with autocannon: `connections` editor connections alternate createClaim
 * (evidence from the given source) and updateEntity (a description, with the version last seen
 * for the target, so concurrent editors conflict as real ones would: CONFLICT is counted, and
 * its `currentVersion` becomes the next try's). After `durationSeconds` no new write is sent and
 * the run ends once every write sent has its answer (or timed out), so no acknowledgement is cut
 * off and the change log can be compared with the acknowledgements.
 */
export async function runWriteLoad(options: WriteLoadOptions): Promise<WriteLoadResult> {
  const versions = new Map(options.targets.map((target) => [target.id, target.version]));
  const tally = newTally();
  let sent = 0;
  let writing = true;
  const startedAt = performance.now();
  let finish: (error: Error | null) => void = () => undefined;
  const finished = new Promise<void>((resolve, reject) => {
    finish = (error) => (error === null ? resolve() : reject(error));
  });
  const settings: autocannon.Options = {
    url: `${options.url}/graphql`,
    connections: options.connections,
    // An upper bound only: the run is stopped below once the last write is answered.
    duration: options.durationSeconds + REQUEST_TIMEOUT_SECONDS + 5,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request, context: PendingWrite) => {
          const headers = { 'content-type': 'application/json' };
          if (!writing) {
            context.write = null;
            return { ...request, headers, body: IDLE_BODY };
          }
          const { write, body, token } = nextWrite(options, versions, sent);
          sent += 1;
          context.write = write;
          return { ...request, headers: { ...headers, authorization: `Bearer ${token}` }, body };
        },
        onResponse: (status, body, context: PendingWrite) => {
          const write = context.write;
          context.write = null;
          if (write !== null && write !== undefined) recordAnswer(tally, versions, { write, status, body });
        },
      },
    ],
  };
  const instance = autocannon(settings, (error: Error | null) => finish(error));
  await new Promise((resolve) => setTimeout(resolve, options.durationSeconds * 1000));
  writing = false;
  const giveUpAt = performance.now() + (REQUEST_TIMEOUT_SECONDS + 1) * 1000;
  while (answeredOf(tally) < sent && performance.now() < giveUpAt) await new Promise((r) => setTimeout(r, 20));
  instance.stop();
  await finished;
  const seconds = ((tally.lastAnswerAt ?? performance.now()) - startedAt) / 1000;
  return summarize(tally, { connections: options.connections, sent, seconds });
}

/**
 * The `index`th write: even ones create a claim, odd ones update a target with the version last
 * seen for it; editors take turns signing, and targets turn every second write.
 */
function nextWrite(
  options: WriteLoadOptions,
  versions: ReadonlyMap<string, number>,
  index: number,
): { write: SentWrite; body: string; token: string } {
  const editor = options.editors[index % options.editors.length] as Editor;
  const target = options.targets[Math.floor(index / 2) % options.targets.length] as WriteTarget;
  const kind: WriteKind = index % 2 === 0 ? 'createClaim' : 'updateEntity';
  const label = `Load test ${options.runId}`;
  const request =
    kind === 'createClaim'
      ? {
          query: CREATE_CLAIM,
          variables: {
            input: {
              sourceId: options.evidence.sourceId,
              // The source's own voice: a claim that needs no speaker, so no real person gains one.
              kind: 'NARRATION',
              text: `${label}: claim ${index}`,
              evidence: options.evidence.passage,
              aboutIds: [target.id],
            },
          },
        }
      : {
          query: UPDATE_ENTITY,
          variables: {
            id: target.id,
            expectedVersion: versions.get(target.id),
            input: { description: `${label}: edit ${index}` },
          },
        };
  return {
    write: { kind, targetId: target.id, sentAt: performance.now() },
    body: JSON.stringify(request),
    token: editor.token,
  };
}

/** Counts one answer: acknowledged with its sequence, or refused by its code. */
function recordAnswer(
  tally: Tally,
  versions: Map<string, number>,
  { write, status, body }: { write: SentWrite; status: number; body: string },
): void {
  tally.lastAnswerAt = performance.now();
  tally.latencies.push(tally.lastAnswerAt - write.sentAt);
  tally.byKind[write.kind].answered += 1;
  let answer: WriteAnswer = {};
  try {
    answer = JSON.parse(body) as WriteAnswer;
  } catch {
    // Counted below by its code, NOT_JSON.
  }
  const payload = answer.data?.[write.kind];
  const sequence = payload?.change?.sequence;
  if (status >= 200 && status < 300 && answer.errors === undefined && typeof sequence === 'number') {
    tally.byKind[write.kind].acknowledged += 1;
    tally.sequences.push(sequence);
    learnVersion(versions, write.targetId, payload?.entity?.version);
    return;
  }
  const code = errorCodeOf(body) ?? `HTTP_${status}`;
  tally.errorsByCode[code] = (tally.errorsByCode[code] ?? 0) + 1;
  const message = answer.errors?.[0]?.message;
  tally.firstErrorByCode[code] ??= typeof message === 'string' ? message : body.slice(0, 300);
  if (code === 'CONFLICT') learnVersion(versions, write.targetId, answer.errors?.[0]?.extensions?.currentVersion);
}

type Tally = ReturnType<typeof newTally>;

function newTally() {
  return {
    lastAnswerAt: null as number | null,
    latencies: [] as number[],
    sequences: [] as number[],
    errorsByCode: {} as Record<string, number>,
    firstErrorByCode: {} as Record<string, string>,
    byKind: { createClaim: { answered: 0, acknowledged: 0 }, updateEntity: { answered: 0, acknowledged: 0 } },
  };
}

function answeredOf(tally: Tally): number {
  return tally.byKind.createClaim.answered + tally.byKind.updateEntity.answered;
}

/** Versions only move forward: an older answer arriving late must not undo a newer one. */
function learnVersion(versions: Map<string, number>, id: string, version: unknown): void {
  if (typeof version === 'number' && version > (versions.get(id) ?? 0)) versions.set(id, version);
}

function summarize(tally: Tally, run: { connections: number; sent: number; seconds: number }): WriteLoadResult {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  // Nearest rank, to a tenth of a millisecond.
  const percentile = (fraction: number) =>
    sorted.length === 0 ? 0 : Math.round((sorted[Math.ceil(fraction * sorted.length) - 1] ?? 0) * 10) / 10;
  return {
    connections: run.connections,
    durationSeconds: run.seconds,
    sent: run.sent,
    answered: answeredOf(tally),
    acknowledged: tally.sequences.length,
    acknowledgedSequences: tally.sequences,
    byKind: tally.byKind,
    errorsByCode: tally.errorsByCode,
    firstErrorByCode: tally.firstErrorByCode,
    latencyMs: { p50: percentile(0.5), p99: percentile(0.99), max: percentile(1) },
  };
}
