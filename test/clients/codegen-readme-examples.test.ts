import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import ts from 'typescript';
import { loadTypeDefs } from '../../src/graphql/load-type-defs';
import { readDocumentedExamples } from '../../src/http/read-documented-examples';

// Clients generate their types from our schema and their operations; GraphQL Code Generator is
// the common tool, and it refuses anonymous operations when there are several. (Its
// typescript-operations plugin 6 stands alone: with the `typescript` plugin too, enums clash.) It runs as its CLI,
// as clients run it (its package is an ES module that Jest's CommonJS runtime cannot require).
const CODEGEN = path.resolve(__dirname, '../../node_modules/.bin/graphql-codegen');
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'kg-codegen-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the CLI from the project, where it finds its plugins; a failure carries what it printed. */
function runCodegen(config: string): void {
  try {
    execFileSync(CODEGEN, ['--config', config], { cwd: path.resolve(__dirname, '../..'), stdio: 'pipe' });
  } catch (error: unknown) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(`graphql-codegen failed:\n${String(stdout)}\n${String(stderr)}`);
  }
}

/** Type errors of a strict compile of `file`, as "line: message" strings. */
function strictTypeErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: false,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const position = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${position?.line ?? '?'}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

describe('GraphQL Code Generator on our schema and the README examples', () => {
  it('generates operation types that compile under --strict', () => {
    const schemaFile = path.join(folder, 'schema.graphql');
    writeFileSync(schemaFile, print(loadTypeDefs()));
    const documents = readDocumentedExamples().map((example, index) => {
      const file = path.join(folder, `example-${index + 1}.graphql`);
      writeFileSync(file, example.document);
      return file;
    });
    const output = path.join(folder, 'operations.ts');
    const config = path.join(folder, 'codegen.json');
    const generates = {
      [output]: { plugins: ['typescript-operations'], config: { scalars: { JSON: 'unknown' } } },
    };
    writeFileSync(config, JSON.stringify({ schema: schemaFile, documents, generates }));
    runCodegen(config);
    const generated = readFileSync(output, 'utf8');
    for (const example of readDocumentedExamples()) {
      const [, kind = '', name = ''] = /^(query|mutation) (\w+)/m.exec(example.document) ?? [];
      expect(generated).toContain(`export type ${name}${kind === 'mutation' ? 'Mutation' : 'Query'} =`);
    }
    expect(strictTypeErrors(output)).toEqual([]);
  });
});
