/**
 * Why the server should not be sent traffic yet (or any more), besides Neo4j not answering:
 * the graph is still being prepared at start, or shutdown has begun. /readyz reports 503 with the
 * reason while any is held.
 */
export class Readiness {
  private readonly reasons = new Set<string>();

  hold(reason: string): void {
    this.reasons.add(reason);
  }

  release(reason: string): void {
    this.reasons.delete(reason);
  }

  /** The oldest reason still held, or undefined when nothing holds readiness back. */
  get heldBy(): string | undefined {
    return this.reasons.values().next().value;
  }
}
