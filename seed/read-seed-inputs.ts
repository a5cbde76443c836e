import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeedInput } from './validate-seed-files';

/** The folder `npm run seed` loads when given no paths. */
export const DEFAULT_SEED_DIR = path.resolve(__dirname, 'data');

/**
 * Expands files and folders into seed inputs: a folder stands for the `.json` files directly in
 * it, in name order. Paths that do not exist are returned as problems rather than thrown, so they
 * are reported together with everything else.
 */
export function readSeedInputs(paths: readonly string[]): { inputs: SeedInput[]; problems: string[] } {
  const { files, problems } = listSeedFiles(paths);
  return { inputs: files.map(seedInputOf), problems };
}

/** The seed files that `paths` name, without reading them: large inputs are read one at a time. */
export function listSeedFiles(paths: readonly string[]): { files: string[]; problems: string[] } {
  const found: string[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (!existsSync(absolute)) {
      problems.push(`${given}: no such file or folder`);
      continue;
    }
    const files = statSync(absolute).isDirectory()
      ? readdirSync(absolute)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => path.join(absolute, name))
      : [absolute];
    if (files.length === 0) problems.push(`${given}: no .json seed files in this folder`);
    found.push(...files);
  }
  return { files: found, problems };
}

/**
 * The seed files of `folder` (its `.json` files, in name order) as context for a dry run, each
 * named by its path from the working directory (`seed/data/valaam.json`), so a problem in one
 * is told from a problem in an input of the same name. None when the folder does not exist.
 */
export function listContextFiles(folder: string): { file: string; name: string }[] {
  const absolute = path.resolve(folder);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(absolute, name);
      return { file, name: path.relative(process.cwd(), file) };
    });
}

export function seedInputOf(file: string): SeedInput {
  const folder = path.dirname(file);
  return {
    name: path.basename(file),
    json: readFileSync(file, 'utf8'),
    readRelative: (relativePath) => {
      const target = path.resolve(folder, relativePath);
      return existsSync(target) ? readFileSync(target, 'utf8') : null;
    },
  };
}
