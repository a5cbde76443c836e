import { createHash } from 'node:crypto';
import type { SeedInput } from './validate-seed-files';

/**
 * Wraps `input` so that everything read through it (the JSON and each file it reads beside it,
 * such as the source text) goes into a SHA-1 digest. A streamed load validates the files in one
 * pass and writes them in a later one without validating again; comparing the digests of both
 * readings is how it knows it writes exactly what it validated.
 */
export function fingerprintSeedInput(input: SeedInput): {
  readonly input: SeedInput;
  readonly fingerprint: () => string;
} {
  const hash = createHash('sha1').update(input.json);
  return {
    input: {
      name: input.name,
      json: input.json,
      readRelative: (relativePath) => {
        const content = input.readRelative(relativePath);
        // The name and a marker for "absent" go in too, so a text file that disappears is a change.
        hash.update(`\u0000${relativePath}\u0000${content === null ? '\u0001' : content}`);
        return content;
      },
    },
    fingerprint: () => hash.copy().digest('base64'),
  };
}
