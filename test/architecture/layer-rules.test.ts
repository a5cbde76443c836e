import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFolderEdges, renderImportGraph } from '../../scripts/architecture/draw-import-graph';

const ROOT = path.resolve(__dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');

/** The report as text: dependency-cruiser colours it when it believes a terminal reads it (CI=true does). */
function withoutColours(report: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is what is being removed
  return report.replace(/\u001b\[[0-9;]*m/gu, '');
}

/** Runs dependency-cruiser with the project's rules over a tree of small files; returns its report. */
function cruise(files: Record<string, string>): { ok: boolean; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'layers-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    writeFileSync(path.join(dir, 'tsconfig.json'), '{"compilerOptions":{"strict":true}}');
    const config = path.join(ROOT, '.dependency-cruiser.cjs');
    const tops = [...new Set(Object.keys(files).map((file) => file.split('/')[0] ?? ''))];
    try {
      const report = execFileSync(DEPCRUISE, [...tops, '--config', config], { cwd: dir, encoding: 'utf8' });
      return { ok: true, report: withoutColours(report) };
    } catch (error: unknown) {
      return { ok: false, report: withoutColours(String((error as { stdout?: string }).stdout)) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('layer rules', () => {
  it('pass on the code as it is', () => {
    const folders = ['src', 'seed', 'db', 'nlp', 'scripts', 'bench'];
    expect(() =>
      execFileSync(DEPCRUISE, [...folders, '--config', '.dependency-cruiser.cjs'], { cwd: ROOT, encoding: 'utf8' }),
    ).not.toThrow();
  });

  it('fail on two sibling folders that import each other', () => {
    const result = cruise({
      'src/http/a.ts': "import { b } from '../graphql/b';\nexport const a = b;\n",
      'src/graphql/b.ts': "import '../http/c';\nexport const b = 1;\n",
      'src/http/c.ts': 'export const c = 1;\n',
    });
    expect(result).toMatchObject({ ok: false });
    expect(result.report).toContain('no-folder-cycles');
  });

  it('fail on src/ importing a command folder, but not on the composition root', () => {
    const result = cruise({
      'src/main.ts': "import '../seed/load';\n",
      'src/graph/x.ts': "import '../../seed/load';\n",
      'seed/load.ts': 'export const load = 1;\n',
    });
    expect(result.report).toContain('src-stands-alone: src/graph/x.ts → seed/load.ts');
    expect(result.report).not.toContain('src/main.ts →');
  });

  it('fail on one part of the graph layer importing another, or the floor importing a part', () => {
    const result = cruise({
      'src/graph/read/r.ts': "import '../write/w';\nimport '../graph-model';\n",
      'src/graph/write/w.ts': 'export const w = 1;\n',
      'src/graph/graph-model.ts': "import './compile/c';\n",
      'src/graph/compile/c.ts': 'export const c = 1;\n',
    });
    expect(result.report).toContain('graph-parts-apart: src/graph/read/r.ts → src/graph/write/w.ts');
    expect(result.report).toContain('graph-floor-stays-down: src/graph/graph-model.ts → src/graph/compile/c.ts');
  });

  it('fail on the domain importing the graph layer', () => {
    const result = cruise({
      'src/domain/rule.ts': "import '../graph/g';\n",
      'src/graph/g.ts': 'export const g = 1;\n',
    });
    expect(result.report).toContain('domain-below-everything: src/domain/rule.ts → src/graph/g.ts');
  });

  it('are held by ESLint too: src/ importing seed/ is a lint error naming the rule', () => {
    const eslint = path.join(ROOT, 'node_modules', '.bin', 'eslint');
    const text = "import { foldForm } from '../../seed/cli';\nexport const f = foldForm;\n";
    const lint = () =>
      execFileSync(eslint, ['--stdin', '--stdin-filename', 'src/domain/fold-form.ts', '--format', 'json'], {
        cwd: ROOT,
        input: text,
        encoding: 'utf8',
      });
    let output = '';
    try {
      output = lint();
    } catch (error: unknown) {
      output = String((error as { stdout?: string }).stdout);
    }
    const [result] = JSON.parse(output) as { messages: { ruleId: string | null }[] }[];
    expect(result?.messages.map((message) => message.ruleId)).toContain('import/no-restricted-paths');
  });
});

describe('the import graph picture', () => {
  it('is what the code imports today', () => {
    const committed = readFileSync(path.join(ROOT, 'docs', 'import-graph.md'), 'utf8');
    expect(committed).toBe(renderImportGraph(readFolderEdges()));
  });

  it('shows no arrow from src/ into the commands but from the composition root', () => {
    const upward = readFolderEdges().filter((edge) => /^src\S* --> (seed|db|nlp|scripts|bench|extract)$/u.test(edge));
    expect(upward.every((edge) => edge.startsWith('src/main.ts -->'))).toBe(true);
  });
});
