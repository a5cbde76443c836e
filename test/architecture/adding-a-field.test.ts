import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const GUIDE = readFileSync(path.join(ROOT, 'docs', 'adding-a-field.md'), 'utf8');

/** Every `path/with/a/slash.ext` or `folder/` the guide names in backticks. */
function namedPaths(): string[] {
  const paths = [...GUIDE.matchAll(/`([a-z][\w./-]*\/[\w./-]*)`/gu)].map((match) => match[1] ?? '');
  return [...new Set(paths.filter((named) => /\.\w+$|\/$/u.test(named)))];
}

describe('the adding-a-field guide', () => {
  it('names the files of every step, from the format to the tests', () => {
    const table = GUIDE.split('\n').filter((line) => /^\| \d\. /u.test(line));
    expect(
      table.map((row) =>
        row
          .split('|')[1]
          ?.trim()
          .replace(/^\d\. /u, ''),
      ),
    ).toEqual([
      'Format and its checks',
      'Stored properties',
      'Schema',
      'Read',
      'Filter and sort',
      'Write',
      'Views and exports',
      'Tests',
    ]);
  });

  it('names only files and folders that exist', () => {
    const named = namedPaths();
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });
});
