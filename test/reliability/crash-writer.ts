/**
 * A client that keeps writing through a server that may lose its database or die: it sends
 * createClaim and updateEntity in turn, one at a time, each with an `Idempotency-Key` of its own,
 * and sends the same request again (same key) until it is answered, as a careful client does.
 * A write counts as acknowledged only when its answer has the payload and no error.
 */

export type CrashWriteKind = 'createClaim' | 'updateEntity';

export interface AcknowledgedWrite {
  readonly index: number;
  readonly kind: CrashWriteKind;
  readonly key: string;
  /** For a claim its id, for an update the description it set. */
  readonly value: string;
  readonly sequence: number;
  /** How many times it was sent before the acknowledgement (1: the first try was answered). */
  readonly attempts: number;
}

export interface CrashWriterOptions {
  /** The server's base URL now; read before every attempt, so the writer follows a restarted server. */
  readonly url: () => string;
  readonly token: string;
  /** The entity the updates edit, and its version when the writer starts. */
  readonly target: { readonly id: string; readonly version: number };
  readonly evidence: { readonly sourceId: string; readonly passage: string };
  /** Marks this writer's claim ids, keys and descriptions. */
  readonly runId: string;
  /** Called just before each attempt is sent, so a test can kill something mid-write. */
  readonly onSend?: (attempt: { readonly index: number; readonly attempt: number }) => void;
}

export interface CrashWriter {
  readonly acknowledged: AcknowledgedWrite[];
  /** Writes answered with a refusal that a retry cannot change (CONFLICT, BAD_USER_INPUT, …): none should be. */
  readonly refused: {
    readonly index: number;
    readonly kind: CrashWriteKind;
    readonly code: string;
    readonly message: string;
    readonly attempt: number;
  }[];
  /** Every failed attempt, by what was seen (`network`, an HTTP status, or an error code). */
  readonly failures: Map<string, number>;
  /** Resolves once `count` more writes than now are acknowledged. */
  acknowledgedMore(count: number, timeoutMs: number): Promise<void>;
  /** Sends no new write after the one in flight, which it still drives to its acknowledgement. */
  stop(): Promise<void>;
}

const RETRY_PAUSE_MS = 200;
/** What a retry may cure: the server or its database away, or the connection cut. */
const RETRIED = /^(network|HTTP 5\d\d|SERVICE_UNAVAILABLE|INTERNAL_SERVER_ERROR)$/;
const CREATE_CLAIM = `mutation CrashCreateClaim($input: CreateClaimInput!) {
  createClaim(input: $input) { claim { id } change { sequence } }
}`;
const UPDATE_ENTITY = `mutation CrashUpdateEntity($id: ID!, $expectedVersion: Int!, $input: UpdateEntityInput!) {
  updateEntity(id: $id, expectedVersion: $expectedVersion, input: $input) { entity { id version } change { sequence } }
}`;

interface Answer {
  readonly data?: Record<string, { change?: { sequence?: number }; entity?: { version?: number } } | null> | null;
  readonly errors?: readonly { message?: string; extensions?: { code?: string } }[];
}

export function startCrashWriter(options: CrashWriterOptions): CrashWriter {
  const acknowledged: AcknowledgedWrite[] = [];
  const refused: CrashWriter['refused'] = [];
  const failures = new Map<string, number>();
  const wakers = new Set<() => void>();
  let running = true;
  let version = options.target.version;

  const writeOne = async (index: number): Promise<void> => {
    const kind: CrashWriteKind = index % 2 === 0 ? 'createClaim' : 'updateEntity';
    const key = `${options.runId}-write-${index}`;
    const value = kind === 'createClaim' ? `claim:${options.runId}-${index}` : `${options.runId} edit ${index}`;
    // The body is fixed once: a retry is the same request, the version read before the first try.
    const body = JSON.stringify(
      kind === 'createClaim'
        ? {
            query: CREATE_CLAIM,
            variables: {
              input: {
                id: value,
                sourceId: options.evidence.sourceId,
                kind: 'NARRATION',
                text: `Crash test ${options.runId}: claim ${index}`,
                evidence: options.evidence.passage,
                aboutIds: [options.target.id],
              },
            },
          }
        : {
            query: UPDATE_ENTITY,
            variables: { id: options.target.id, expectedVersion: version, input: { description: value } },
          },
    );
    for (let attempt = 1; ; attempt += 1) {
      options.onSend?.({ index, attempt });
      const outcome = await send(options, { key, body });
      if (outcome.kind === 'acknowledged') {
        if (kind === 'updateEntity') version = outcome.version ?? version;
        acknowledged.push({ index, kind, key, value, sequence: outcome.sequence, attempts: attempt });
        for (const wake of wakers) wake();
        return;
      }
      failures.set(outcome.reason, (failures.get(outcome.reason) ?? 0) + 1);
      if (!RETRIED.test(outcome.reason)) {
        refused.push({ index, kind, code: outcome.reason, message: outcome.message, attempt });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  };

  const loop = (async () => {
    // Not before the caller holds the writer: `onSend` may use it.
    await Promise.resolve();
    for (let index = 0; running; index += 1) await writeOne(index);
  })();

  return {
    acknowledged,
    refused,
    failures,
    acknowledgedMore(count, timeoutMs) {
      const goal = acknowledged.length + count;
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          wakers.delete(check);
          reject(new Error(`Only ${acknowledged.length} of ${goal} writes acknowledged within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (acknowledged.length < goal) return;
          clearTimeout(timer);
          wakers.delete(check);
          resolve();
        };
        wakers.add(check);
        check();
      });
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

type Outcome =
  | { readonly kind: 'acknowledged'; readonly sequence: number; readonly version: number | undefined }
  | { readonly kind: 'failed'; readonly reason: string; readonly message: string };

async function send(options: CrashWriterOptions, { key, body }: { key: string; body: string }): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`${options.url()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.token}`,
        'idempotency-key': key,
      },
      body,
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { kind: 'failed', reason: 'network', message: '' };
  }
  let answer: Answer;
  try {
    answer = (await response.json()) as Answer;
  } catch {
    return { kind: 'failed', reason: `HTTP ${response.status}`, message: '' };
  }
  const payload = Object.values(answer.data ?? {})[0];
  const sequence = payload?.change?.sequence;
  if (answer.errors === undefined && typeof sequence === 'number')
    return { kind: 'acknowledged', sequence, version: payload?.entity?.version };
  const error = answer.errors?.[0];
  return {
    kind: 'failed',
    reason: error?.extensions?.code ?? `HTTP ${response.status}`,
    message: error?.message ?? '',
  };
}
