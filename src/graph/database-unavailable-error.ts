/**
 * Neo4j could not be reached, or did not answer in time. Carries no driver message: the cause is
 * kept for the log, and clients only learn that the database is unavailable.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super('The graph database is unavailable; try again shortly.');
    this.name = 'DatabaseUnavailableError';
  }
}
