import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const README = path.join(ROOT, 'README.md');

/** The first-column paths of the README's layout table (`| \`src/graph/\` | ... |`). */
function layoutTablePaths(): string[] {
  const readme = readFileSync(README, 'utf8');
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((row) => row[1] ?? '');
}

/**
 * The folders the table must describe: every top-level folder, and every folder of src/ down to
 * the graph and GraphQL layers' parts, as git sees the tree (ignored folders such as
 * node_modules/ and .neo4j/ are not part of it; new, untracked ones are).
 */
function foldersToDescribe(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file.includes('/') && !file.startsWith('.'));
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    folders.add(`${parts[0]}/`);
    if (parts[0] === 'src')
      for (let depth = 2; depth <= Math.min(parts.length, 3); depth += 1)
        folders.add(`${parts.slice(0, depth).join('/')}/`);
  }
  return [...folders].sort();
}

describe('the README', () => {
  it('is a front door of at most 12 KB', () => {
    expect(statSync(README).size).toBeLessThanOrEqual(12 * 1024);
  });

  it('has a layout table that names every folder of the tree, and only folders that exist', () => {
    expect([...layoutTablePaths()].sort()).toEqual(foldersToDescribe());
  });

  it('links only pages that exist', () => {
    const readme = readFileSync(README, 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)\)/g)]
      .map((link) => link[1] ?? '')
      .filter((link) => !/^[a-z]+:/u.test(link));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(() => statSync(path.join(ROOT, link))).not.toThrow();
  });
});
