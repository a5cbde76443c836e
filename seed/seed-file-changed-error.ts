/**
 * A seed file differs from the one validated earlier in the same streamed load. Thrown before
 * anything of that file is written; batches of earlier files may already be committed. Writes
 * are MERGEs, so running the load again (after checking the file) completes it.
 */
export class SeedFileChangedError extends Error {
  constructor(readonly file: string) {
    super(
      `${file}: changed after it was validated (its content or its text file differs from the validated one); ` +
        'stopped before writing it. Files before it may already be written: check the file and run the load again, which completes the load.',
    );
    this.name = 'SeedFileChangedError';
  }
}
