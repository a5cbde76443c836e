import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What `npm run extract` remembers in an output folder, in `.extract-state` (no `.json` ending,
 * so `npm run seed` never takes it for a seed file): per draft, the hash of the text and source
 * fields it was made from, and a fingerprint of every item as the extractor wrote it. The hash
 * makes a second run skip up-to-date drafts; the fingerprints tell a reviewer's edit of an item
 * (it no longer matches) from the extractor's own output, so re-extraction keeps the edit.
 */
const articleStateSchema = z.object({
  contentHash: z.string(),
  /** `section:id` (`claims:claim:x.1-9`, `source`) → SHA-256 of the item as generated. */
  generated: z.record(z.string()),
});

const stateSchema = z.object({ version: z.literal(1), articles: z.record(articleStateSchema) });

export type ArticleState = z.infer<typeof articleStateSchema>;
export type ExtractionState = z.infer<typeof stateSchema>;

export const STATE_FILE = '.extract-state';

/** The state of `outDir`; an empty one when there is none or it cannot be read (every draft is then redone). */
export function readExtractionState(outDir: string): ExtractionState {
  const file = path.join(outDir, STATE_FILE);
  if (!existsSync(file)) return { version: 1, articles: {} };
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { version: 1, articles: {} };
  } catch {
    return { version: 1, articles: {} };
  }
}

/** Writes the state whole through a temporary file, so an interrupted run never leaves half of it. */
export function writeExtractionState(outDir: string, state: ExtractionState): void {
  const file = path.join(outDir, STATE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}
