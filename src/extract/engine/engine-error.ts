/**
 * Why a request to the NLP engine failed: the server could not be reached, it did not answer
 * within the per-article timeout, or its answer was not the JSON the rules need.
 */
export type EngineFailure = 'unreachable' | 'timed-out' | 'bad-answer';

/** A failed engine request, naming the server and, once retries are spent, every attempt. */
export class EngineError extends Error {
  constructor(
    readonly failure: EngineFailure,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
