import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Expands the command's paths into article files: a folder stands for the `.txt` files directly
 * in it, in name order (sidecars and anything else are left alone); a file stands for itself,
 * whatever its extension, so a wrongly named one is refused for what it holds. A path that does
 * not exist, or a folder with no `.txt` file, is a problem, returned rather than thrown so that
 * the rest of the batch still runs. A file named twice is listed once.
 */
export function listArticleFiles(paths: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    if (!existsSync(given)) {
      problems.push(`${given}: no such file or folder`);
      continue;
    }
    if (!statSync(given).isDirectory()) {
      files.push(given);
      continue;
    }
    const texts = readdirSync(given)
      .filter((name) => name.toLowerCase().endsWith('.txt'))
      .sort()
      .map((name) => path.join(given, name));
    if (texts.length === 0) problems.push(`${given}: no .txt articles in this folder`);
    files.push(...texts);
  }
  return { files: [...new Set(files.map((file) => path.resolve(file)))], problems };
}
