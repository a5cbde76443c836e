import type { Logger } from 'pino';
import type { ChangeRecord } from '../../graph/change-record';
import type { CurationGraph } from '../../graph/api/curation-graph';

const PAGE = 200;

/** Which changes a subscriber wants: null means no restriction. */
export interface ChangeInterest {
  readonly ids: ReadonlySet<string> | null;
  readonly types: ReadonlySet<string> | null;
}

/**
 * Follows the change log of the database, not an in-process event: every instance of the server
 * polls it by sequence number while anyone is subscribed, so a change written through any
 * instance reaches the subscribers of every instance, in sequence order. One poll serves all of an
 * instance's subscribers; each subscriber keeps its own cursor, so one that resumes after a
 * sequence number first reads what it missed from the log itself and then joins the live stream
 * without a gap or a duplicate.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<ChangeSubscription>();
  private head: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly curation: CurationGraph,
    private readonly pollIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * The changes matching `interest` from now on, or after `afterSequence` when given (those
   * already committed come first). End it with the iterator's `return()`.
   */
  async subscribe(
    interest: ChangeInterest,
    afterSequence: number | null,
  ): Promise<AsyncIterableIterator<ChangeRecord>> {
    if (this.head === null) this.head = await this.curation.latestSequence();
    const subscription = new ChangeSubscription(this.curation, {
      interest,
      after: afterSequence ?? this.head,
      onEnd: () => this.subscribers.delete(subscription),
    });
    this.subscribers.add(subscription);
    this.schedule();
    return subscription;
  }

  /** Ends every subscription and stops polling (server shutdown). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    for (const subscription of [...this.subscribers]) void subscription.return();
  }

  private schedule(): void {
    if (this.timer !== null || this.polling || this.stopped || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, this.pollIntervalMs);
  }

  private async poll(): Promise<void> {
    this.polling = true;
    try {
      for (;;) {
        const changes = await this.curation.changes({
          after: this.head ?? 0,
          first: PAGE,
          nodeId: null,
          subject: null,
        });
        for (const change of changes) for (const subscriber of this.subscribers) subscriber.offer(change);
        const last = changes.at(-1);
        if (last !== undefined) this.head = last.sequence;
        if (changes.length < PAGE) break;
      }
    } catch (error: unknown) {
      // A database outage pauses the feed; subscribers resume where it stopped once it answers.
      this.logger.warn({ err: error }, 'Polling the change log failed; retrying');
    } finally {
      this.polling = false;
      this.schedule();
    }
  }
}

/** One subscriber's stream: its cursor, the live changes queued for it, and a pending `next()`. */
class ChangeSubscription implements AsyncIterableIterator<ChangeRecord> {
  private readonly queue: ChangeRecord[] = [];
  private missed: ChangeRecord[] = [];
  private waiting: ((result: IteratorResult<ChangeRecord>) => void) | null = null;
  private catchingUp: boolean;
  private done = false;

  private readonly interest: ChangeInterest;
  private cursor: number;
  private readonly onEnd: () => void;

  constructor(
    private readonly curation: CurationGraph,
    {
      interest,
      after,
      onEnd,
    }: { readonly interest: ChangeInterest; readonly after: number; readonly onEnd: () => void },
  ) {
    this.interest = interest;
    this.cursor = after;
    this.onEnd = onEnd;
    this.catchingUp = true;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeRecord> {
    return this;
  }

  /** A live change from the feed. */
  offer(change: ChangeRecord): void {
    if (this.done || change.sequence <= this.cursor) return;
    this.queue.push(change);
    this.wake();
  }

  async next(): Promise<IteratorResult<ChangeRecord>> {
    for (;;) {
      if (this.done) return { done: true, value: undefined };
      const change = this.catchingUp || this.missed.length > 0 ? await this.readMissed() : this.queue.shift();
      if (change === undefined) {
        await new Promise<void>((resolve) => {
          this.waiting = () => resolve();
        });
        continue;
      }
      if (change.sequence <= this.cursor) continue;
      this.cursor = change.sequence;
      if (matches(change, this.interest)) return { done: false, value: change };
    }
  }

  return(): Promise<IteratorResult<ChangeRecord>> {
    this.done = true;
    this.onEnd();
    this.wake();
    return Promise.resolve({ done: true, value: undefined });
  }

  /**
   * The next committed change after the cursor, read from the log itself a page at a time until
   * it has none left; from then on the live queue has everything.
   */
  private async readMissed(): Promise<ChangeRecord | undefined> {
    if (this.missed.length === 0) {
      this.missed = await this.curation.changes({ after: this.cursor, first: PAGE, nodeId: null, subject: null });
      if (this.missed.length < PAGE) this.catchingUp = false;
    }
    return this.missed.shift() ?? this.queue.shift();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ done: true, value: undefined });
  }
}

function matches(change: ChangeRecord, interest: ChangeInterest): boolean {
  if (interest.ids !== null && !change.nodeIds.some((id) => interest.ids?.has(id))) return false;
  if (interest.types !== null && !change.nodeTypes.some((type) => interest.types?.has(type))) return false;
  return true;
}
