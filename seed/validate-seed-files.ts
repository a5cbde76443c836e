import type { NodeLabel } from '../src/graph/graph-model';
import { buildFileRows, type ParsedFile } from './build-file-rows';
import { closestIssues, describeIssue, formatPath } from '../src/domain/describe-issue';
import { forEachForm, forEachReference, sections } from './seed-file-references';
import { emptyGraphRows, type GraphRows } from './graph-rows';
import { describeBadReferences, type DatabaseUnavailable } from './describe-bad-references';
import { seedFileSchema } from '../src/domain/seed-file-schema';

/** One seed file as read from disk. */
export interface SeedInput {
  /** How problems name the file, e.g. `valaam.json`. */
  readonly name: string;
  readonly json: string;
  /** Reads a file named relative to this one; null when it does not exist. */
  readonly readRelative: (relativePath: string) => string | null;
}

/**
 * The labels of ids already in the database, for references to entities of earlier loads (or
 * written through mutations): the ids found, or `DATABASE_UNAVAILABLE` when the database could
 * not be asked (the references are then reported with that, not as missing).
 */
export type ExistingIdLookup = (
  ids: readonly string[],
) => Promise<ReadonlyMap<string, NodeLabel> | DatabaseUnavailable>;

export type ValidationResult =
  | { readonly ok: true; readonly rows: GraphRows; readonly files: number; readonly contextFiles: number }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Validates every input completely before anything is written, and reports every problem at
 * once, each as `file: path: what is wrong`. Checks: JSON syntax, the schema, duplicate ids,
 * references to ids that exist neither in the inputs nor in the database (or exist with another
 * type), evidence passages missing from or ambiguous in the source text, quotes outside their
 * evidence, impossible dates, and two entities of one type sharing a name or alias.
 *
 * `context` files are checked with the inputs, so the ids they define resolve without a
 * database, but their rows are not returned (a dry run checks a new file against seed/data).
 * A context file whose source an input also has is left out: the input is its new version.
 */
export async function validateSeedFiles(
  inputs: readonly SeedInput[],
  lookupExisting: ExistingIdLookup,
  context: readonly SeedInput[] = [],
): Promise<ValidationResult> {
  const validator = new SeedValidator((file) => inputs[file] ?? context[file - inputs.length] ?? null);
  const rows = emptyGraphRows();
  for (const input of inputs) {
    const fileRows = validator.addFile(input);
    if (fileRows !== null) appendGraphRows(rows, fileRows);
  }
  for (const input of context) validator.addContextFile(input);
  const problems = await validator.finish(lookupExisting);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, rows, files: validator.files, contextFiles: validator.contextFilesUsed };
}

/** Gives back the `index`-th input passed to `SeedValidator.addFile` (from 0), or null if gone. */
export type ReopenSeedInput = (index: number) => SeedInput | null;

/**
 * Where a problem is: known already, or the definition of the id in file number `file`, looked
 * up only when the problem is reported.
 */
type Place = string | { readonly file: number };

/** A duplicate id: where it is reported, and where the other definition is. */
interface DuplicateId {
  readonly id: string;
  readonly where: Place;
  readonly other: Place;
}

/** A name or alias clash, reported once `finish` has looked up where the owner uses the form. */
interface AliasClash {
  readonly where: string;
  /** The entity whose name or alias clashes with the owner's. */
  readonly id: string;
  readonly form: string;
  readonly key: string;
  readonly owner: AliasOwner;
  /** When the clash was found in a context file, it is the input's (the owner's) to fix. */
  readonly blameOwner: boolean;
}

interface AliasOwner {
  readonly id: string;
  readonly file: number;
}

/**
 * Validates seed files one at a time while remembering only what cross-file checks need, so a
 * large input is validated in memory that grows with the number of ids, not with the size of the
 * files: each id with the number of the file that defines it, each folded name or alias with its
 * owner, and the ids referenced before any file defined them. Where things were written is not
 * kept (it would be most of the memory): the few locations a report needs are found again by
 * re-reading the files concerned (`reopen`), only when there is something to report. References
 * to ids not defined yet are settled by `finish`, against later files and then the database.
 *
 * Context files (`addContextFile`, after every input) define ids for the inputs to use. A problem
 * between an input and a context file (a duplicate id, a shared alias) is the input's: it is
 * reported against the input, naming the context file's entry.
 */
export class SeedValidator {
  private readonly definedIn = new Map<string, number>();
  private readonly aliasOwners = new Map<string, AliasOwner>();
  private readonly referencedEarly = new Set<string>();
  private readonly duplicates: DuplicateId[] = [];
  private readonly aliasClashes: AliasClash[] = [];
  private readonly contextFiles = new Set<number>();
  // Context files replaced by an input of the same source: not checked, and not read again.
  private readonly replaced = new Set<number>();
  // Kept by kind so the report reads in a stable order: syntax and schema, duplicates,
  // references, aliases, then the content of each file.
  private readonly parseProblems: string[] = [];
  private readonly contentProblems: string[] = [];
  private added = 0;
  /** The inputs that parsed (context files not counted). */
  files = 0;

  constructor(private readonly reopen: ReopenSeedInput) {}

  /** The context files checked with the inputs (not those an input replaced). */
  get contextFilesUsed(): number {
    return this.contextFiles.size - this.replaced.size;
  }

  /** Checks one file against itself and the files before it; its rows, or null when unreadable. */
  addFile(input: SeedInput): GraphRows | null {
    const index = this.added++;
    const file = parseFile(input, this.parseProblems);
    if (file === null) return null;
    this.files += 1;
    return this.addParsed(index, file);
  }

  /**
   * Checks a file that only gives the inputs their context (added after every input): its ids
   * are known to them, and its own problems are reported too, against it. Left out when an input
   * has its source (that input is the file's new version).
   */
  addContextFile(input: SeedInput): void {
    const index = this.added++;
    this.contextFiles.add(index);
    const file = parseFile(input, this.parseProblems);
    if (file === null) return;
    const sourceFile = this.definedIn.get(file.data.source.id);
    if (sourceFile !== undefined && !this.contextFiles.has(sourceFile)) this.replaced.add(index);
    else this.addParsed(index, file);
  }

  private addParsed(index: number, file: ParsedFile): GraphRows {
    const { name, data } = file;
    this.define(data.source.id, index, () => `${name}: source.id`);
    for (const [section, entries] of sections(data))
      entries.forEach((entry, i) => this.define(entry.id, index, () => `${name}: ${section}[${i}].id`));
    // A former id still names its claim, so it may name nothing else.
    data.claims.forEach(({ formerIds }, i) =>
      formerIds.forEach((former, j) => this.define(former, index, () => `${name}: claims[${i}].formerIds[${j}]`)),
    );
    forEachReference(data, (id) => {
      if (!this.definedIn.has(id)) this.referencedEarly.add(id);
    });
    forEachForm(data, ({ form, key, id, where }) => {
      const owner = this.aliasOwners.get(key);
      if (owner === undefined) this.aliasOwners.set(key, { id, file: index });
      else if (owner.id !== id)
        this.aliasClashes.push({
          where: `${name}: ${where}`,
          id,
          form,
          key,
          owner,
          blameOwner: this.blamesEarlier(index, owner.file),
        });
    });
    const rows = emptyGraphRows();
    buildFileRows(file, rows, this.contentProblems);
    return rows;
  }

  /** Settles the references still open, and returns every problem found (empty when valid). */
  async finish(lookupExisting: ExistingIdLookup): Promise<string[]> {
    const undefinedIds = [...this.referencedEarly].filter((id) => !this.definedIn.has(id));
    this.referencedEarly.clear();
    const existing = undefinedIds.length > 0 ? await lookupExisting(undefinedIds) : new Map<string, NodeLabel>();
    const locations = new FileLocations(this.reopen);
    const place = (at: Place, id: string) => (typeof at === 'string' ? at : locations.definitionOf(at.file, id));
    const duplicateProblems = this.duplicates.map(
      ({ id, where, other }) => `${place(where, id)}: duplicate id "${id}", already defined at ${place(other, id)}`,
    );
    const referenceProblems = describeBadReferences({
      ids: undefinedIds,
      existing,
      files: this.readableFiles(),
    });
    const aliasProblems = this.aliasClashes.map(({ where, id, form, key, owner, blameOwner }) => {
      const ownerWhere = locations.formOf(owner.file, owner.id, key);
      return blameOwner
        ? `${ownerWhere}: "${form}" is also a name or alias of "${id}" (${where})`
        : `${where}: "${form}" is also a name or alias of "${owner.id}" (${ownerWhere})`;
    });
    return [
      ...this.parseProblems,
      ...duplicateProblems,
      ...referenceProblems,
      ...aliasProblems,
      ...this.contentProblems,
    ];
  }

  private define(id: string, file: number, where: () => string): void {
    const earlier = this.definedIn.get(id);
    if (earlier === undefined) this.definedIn.set(id, file);
    else if (this.blamesEarlier(file, earlier)) this.duplicates.push({ id, where: { file: earlier }, other: where() });
    else this.duplicates.push({ id, where: where(), other: { file: earlier } });
  }

  /** Whether a problem between file `later` and file `earlier` is the earlier one's: an input's against a context file. */
  private blamesEarlier(later: number, earlier: number): boolean {
    return this.contextFiles.has(later) && !this.contextFiles.has(earlier);
  }

  /** Every file read again, in the order added, for the references and the ids they could have meant. */
  private *readableFiles(): Generator<ParsedFile> {
    for (let index = 0; index < this.added; index++) {
      if (this.replaced.has(index)) continue;
      const input = this.reopen(index);
      const file = input === null ? null : parseFile(input, []);
      if (file !== null) yield file;
    }
  }
}

/** Finds where a file defines an id or uses a name, re-reading each file at most once. */
class FileLocations {
  private readonly parsed = new Map<number, ParsedFile | null>();

  constructor(private readonly reopen: ReopenSeedInput) {}

  definitionOf(index: number, id: string): string {
    const file = this.fileAt(index);
    if (file === null) return `file ${index + 1}`;
    if (file.data.source.id === id) return `${file.name}: source.id`;
    for (const [section, entries] of sections(file.data)) {
      const i = entries.findIndex((entry) => entry.id === id);
      if (i !== -1) return `${file.name}: ${section}[${i}].id`;
    }
    return file.name;
  }

  formOf(index: number, id: string, key: string): string {
    const file = this.fileAt(index);
    if (file === null) return `file ${index + 1}`;
    const found: string[] = [];
    forEachForm(file.data, (form) => {
      if (form.id === id && form.key === key) found.push(form.where);
    });
    return found[0] === undefined ? file.name : `${file.name}: ${found[0]}`;
  }

  private fileAt(index: number): ParsedFile | null {
    if (!this.parsed.has(index)) {
      const input = this.reopen(index);
      this.parsed.set(index, input === null ? null : parseFile(input, []));
    }
    return this.parsed.get(index) ?? null;
  }
}

/**
 * The rows of one file that a `SeedValidator` has already accepted, built without the checks:
 * the write pass of a streamed load reads each file again, and validating it again would double
 * the work. Throws when the file no longer parses, which only a change since validation explains.
 */
export function readValidatedFileRows(input: SeedInput): GraphRows {
  const problems: string[] = [];
  const file = parseFile(input, problems);
  if (file === null) throw new Error(`${input.name} no longer reads as a valid seed file: ${problems.join('; ')}`);
  const rows = emptyGraphRows();
  buildFileRows(file, rows, []);
  return rows;
}

function appendGraphRows(target: GraphRows, source: GraphRows): void {
  for (const label of Object.keys(source.nodes) as (keyof GraphRows['nodes'])[])
    target.nodes[label].push(...source.nodes[label]);
  for (const type of Object.keys(source.relationships) as (keyof GraphRows['relationships'])[]) {
    target.relationships[type].push(...source.relationships[type]);
  }
}

function parseFile(input: SeedInput, problems: string[]): ParsedFile | null {
  let raw: unknown;
  try {
    raw = JSON.parse(input.json);
  } catch (error: unknown) {
    problems.push(`${input.name}: malformed JSON: ${describeJsonError(input.json, error)}`);
    return null;
  }
  const result = seedFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues.flatMap(closestIssues))
      problems.push(`${input.name}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
    return null;
  }
  const text = input.readRelative(result.data.source.textFile);
  if (text === null)
    problems.push(`${input.name}: source.textFile: no file "${result.data.source.textFile}" next to ${input.name}`);
  return { name: input.name, data: result.data, text };
}

function describeJsonError(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(json, message);
  if (offset === null) return message;
  const before = json.slice(0, offset).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Where V8's JSON.parse stopped, in UTF-16 units. Most messages say "at position N", but
 * "Unexpected token" (a value such as `city` or `'city'`) only quotes the text around it:
 * up to 10 characters either side, with "..." where it was cut, or all of a text under 21
 * characters. "Unexpected end of JSON input" means the end.
 */
function jsonErrorOffset(json: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (message.startsWith('Unexpected end of JSON input')) return json.length;
  const context = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/su.exec(message);
  if (!context) return null;
  const [, token = '', cutBefore, around = '', cutAfter] = context;
  if (cutBefore && cutAfter) {
    const at = json.indexOf(around);
    return at === -1 ? null : at + 10;
  }
  if (cutBefore) return json.length - around.length + 10;
  if (cutAfter) return around.length - 10;
  const at = json.indexOf(token);
  return at === -1 ? null : at;
}
