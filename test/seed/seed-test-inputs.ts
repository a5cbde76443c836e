import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { BOOKKEEPING_LABELS } from '../../src/graph/change-log-statements';
import { DEFAULT_SEED_DIR, seedInputOf } from '../../seed/read-seed-inputs';
import type { SeedInput } from '../../seed/validate-seed-files';

/**
 * Seed inputs for tests, built in memory: a valid file plus one targeted change, so each test
 * shows exactly which mistake it makes. Paths use the notation problems are reported in
 * (`claims[0].speaker`), so a test's change and its expected message line up.
 */

export const MINI_DIR = path.resolve(__dirname, '../fixtures/mini');
export const MINI_JSON_FILE = path.join(MINI_DIR, 'mini.json');
export const MINI_TEXT = readFileSync(path.join(MINI_DIR, 'mini.txt'), 'utf8');
export const REAL_JSON_FILE = path.join(DEFAULT_SEED_DIR, 'valaam.json');

type JsonContainer = Record<string, unknown> | unknown[];

/** One change to parsed seed JSON. */
export type JsonEdit = (data: JsonContainer) => void;

/** Sets the value at `at` (e.g. `people[0].aliases`), creating nothing on the way. */
export function set(at: string, value: unknown): JsonEdit {
  return (data) => {
    const { parent, key } = locate(data, at);
    if (Array.isArray(parent)) parent[key as number] = value;
    else parent[key] = value;
  };
}

/** Removes the field or list element at `at`; later list elements move up. */
export function remove(at: string): JsonEdit {
  return (data) => {
    const { parent, key } = locate(data, at);
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  };
}

/** The mini fixture (`mini.json` beside `mini.txt`) with `edits` applied. */
export function miniInput(...edits: JsonEdit[]): SeedInput {
  return editedInput(MINI_JSON_FILE, edits);
}

/** The real article's seed file with `edits` applied, reading its text from seed/data. */
export function realInput(...edits: JsonEdit[]): SeedInput {
  return editedInput(REAL_JSON_FILE, edits);
}

/** A seed input named `name` whose JSON is `data` and whose neighbouring files are `files`. */
export function inputOf(name: string, data: unknown, files: Readonly<Record<string, string>> = {}): SeedInput {
  return rawInputOf(name, JSON.stringify(data, null, 2), files);
}

/** Like `inputOf`, but with the JSON text as given, for malformed JSON. */
export function rawInputOf(name: string, json: string, files: Readonly<Record<string, string>> = {}): SeedInput {
  return { name, json, readRelative: (relativePath) => files[relativePath] ?? null };
}

/** The mini fixture's JSON text with `find` replaced by `replacement` (which must occur once). */
export function miniJsonWith(find: string, replacement: string): string {
  const json = readFileSync(MINI_JSON_FILE, 'utf8');
  const at = json.indexOf(find);
  if (at === -1 || json.indexOf(find, at + 1) !== -1) throw new Error(`"${find}" must occur exactly once in mini.json`);
  return json.slice(0, at) + replacement + json.slice(at + find.length);
}

/** The parsed JSON of a seed file, for tests that need to know what it declares. */
export function readSeedJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Every node and every relationship in the database, whatever its label or type, except the
 * change log's own nodes (a load records one change; see BOOKKEEPING_LABELS).
 */
export async function countNodesAndRelationships(
  database: GraphDatabase,
): Promise<{ nodes: number; relationships: number }> {
  const nodes = await database.read(
    'MATCH (n) WHERE none(label IN labels(n) WHERE label IN $bookkeeping) RETURN count(n) AS count',
    { bookkeeping: BOOKKEEPING_LABELS },
  );
  const relationships = await database.read('MATCH ()-[r]->() RETURN count(r) AS count');
  return {
    nodes: Number(nodes.records[0]?.get('count')),
    relationships: Number(relationships.records[0]?.get('count')),
  };
}

function editedInput(file: string, edits: readonly JsonEdit[]): SeedInput {
  const original = seedInputOf(file);
  const data = JSON.parse(original.json) as JsonContainer;
  for (const edit of edits) edit(data);
  return { ...original, json: JSON.stringify(data, null, 2) };
}

function locate(data: JsonContainer, at: string): { parent: JsonContainer; key: string | number } {
  const keys = [...at.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] as string) : Number(match[2]),
  );
  let parent: unknown = data;
  for (const key of keys.slice(0, -1)) {
    parent = (parent as Record<string | number, unknown> | null)?.[key];
  }
  const key = keys.at(-1);
  if (typeof parent !== 'object' || parent === null || key === undefined)
    throw new Error(`no "${at}" in the seed JSON`);
  return { parent: parent as JsonContainer, key };
}
