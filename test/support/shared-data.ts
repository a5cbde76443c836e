import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The project's shared data folder (the development set, the second article): `KG_SHARED_DIR`
 * when set, else `shared/` beside the checkout or beside the folder of worktrees it is one of.
 * Throws, naming every place it looked, when none holds `needed`, so a clone elsewhere fails
 * with a fix instead of a missing-file error deep in a test.
 */
export function sharedDataDir(needed: string): string {
  const candidates = [
    process.env.KG_SHARED_DIR,
    path.resolve(ROOT, '../shared'),
    path.resolve(ROOT, '../../shared'),
  ].filter((dir): dir is string => dir !== undefined && dir !== '');
  const found = candidates.find((dir) => existsSync(path.join(dir, needed)));
  if (found === undefined)
    throw new Error(
      `No shared data folder with ${needed}/ found (looked in ${candidates.join(', ')}); ` +
        'set KG_SHARED_DIR to the folder that holds extract-dev/ and articles/',
    );
  return found;
}
