import { labelOfId, type NodeLabel } from '../src/graph/graph-model';
import { buildFileRows, type ParsedFile } from './build-file-rows';
import { closestIssues, describeIssue, formatPath } from '../src/domain/describe-issue';
import { foldForm } from '../src/domain/fold-form';
import { emptyGraphRows, type GraphRows } from './graph-rows';
import { seedFileSchema, type SeedFile } from '../src/domain/seed-file-schema';

/** One seed file as read from disk. */
export interface SeedInput {
  /** How problems name the file, e.g. `valaam.json`. */
  readonly name: string;
  readonly json: string;
  /** Reads a file named relative to this one; null when it does not exist. */
  readonly readRelative: (relativePath: string) => string | null;
}

/** The labels of ids already in the database, for references to entities of earlier loads. */
export type ExistingIdLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, NodeLabel>>;

export type ValidationResult =
  | { readonly ok: true; readonly rows: GraphRows; readonly files: number }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Validates every input completely before anything is written, and reports every problem at
 * once, each as `file: path: what is wrong`. Checks: JSON syntax, the schema, duplicate ids,
 * references to ids that exist neither in the inputs nor in the database (or exist with another
 * type), evidence passages missing from or ambiguous in the source text, quotes outside their
 * evidence, impossible dates, and two entities of one type sharing a name or alias.
 */
export async function validateSeedFiles(
  inputs: readonly SeedInput[],
  lookupExisting: ExistingIdLookup,
): Promise<ValidationResult> {
  const validator = new SeedValidator((file) => inputs[file] ?? null);
  const rows = emptyGraphRows();
  for (const input of inputs) {
    const fileRows = validator.addFile(input);
    if (fileRows !== null) appendGraphRows(rows, fileRows);
  }
  const problems = await validator.finish(lookupExisting);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, files: validator.files };
}

/** Gives back the `index`-th input passed to `SeedValidator.addFile` (from 0), or null if gone. */
export type ReopenSeedInput = (index: number) => SeedInput | null;

/** A duplicate id, reported once `finish` has looked up where it was first defined. */
interface DuplicateId {
  readonly id: string;
  readonly where: string;
  readonly earlierFile: number;
}

/** A name or alias clash, reported once `finish` has looked up where the owner uses the form. */
interface AliasClash {
  readonly where: string;
  readonly form: string;
  readonly key: string;
  readonly owner: AliasOwner;
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
 */
export class SeedValidator {
  private readonly definedIn = new Map<string, number>();
  private readonly aliasOwners = new Map<string, AliasOwner>();
  private readonly referencedEarly = new Set<string>();
  private readonly duplicates: DuplicateId[] = [];
  private readonly aliasClashes: AliasClash[] = [];
  // Kept by kind so the report reads in a stable order: syntax and schema, duplicates,
  // references, aliases, then the content of each file.
  private readonly parseProblems: string[] = [];
  private readonly contentProblems: string[] = [];
  private added = 0;
  files = 0;

  constructor(private readonly reopen: ReopenSeedInput) {}

  /** Checks one file against itself and the files before it; its rows, or null when unreadable. */
  addFile(input: SeedInput): GraphRows | null {
    const index = this.added++;
    const file = parseFile(input, this.parseProblems);
    if (file === null) return null;
    this.files += 1;
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
      else if (owner.id !== id) this.aliasClashes.push({ where: `${name}: ${where}`, form, key, owner });
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
    const badReferences = new Map<string, (where: string) => string>();
    for (const id of undefinedIds) {
      const label = existing.get(id);
      if (label === undefined) badReferences.set(id, (where) => `${where}: no ${describeKind(id)} "${id}"`);
      else if (label !== labelOfId(id))
        badReferences.set(id, (where) => `${where}: "${id}" is a ${label} in the database`);
    }
    const locations = new FileLocations(this.reopen);
    const duplicateProblems = this.duplicates.map(
      ({ id, where, earlierFile }) =>
        `${where}: duplicate id "${id}", already defined at ${locations.definitionOf(earlierFile, id)}`,
    );
    const referenceProblems = badReferences.size > 0 ? this.locateReferences(badReferences) : [];
    const aliasProblems = this.aliasClashes.map(
      ({ where, form, key, owner }) =>
        `${where}: "${form}" is also a name or alias of "${owner.id}" (${locations.formOf(owner.file, owner.id, key)})`,
    );
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
    if (earlier !== undefined) this.duplicates.push({ id, where: where(), earlierFile: earlier });
    else this.definedIn.set(id, file);
  }

  /** Reads every file again for the references to `bad` ids, in the order they were written. */
  private locateReferences(bad: ReadonlyMap<string, (where: string) => string>): string[] {
    const problems: string[] = [];
    for (let index = 0; index < this.added; index++) {
      const input = this.reopen(index);
      const file = input === null ? null : parseFile(input, []);
      if (file === null) continue;
      forEachReference(file.data, (id, where) => {
        const describe = bad.get(id);
        if (describe !== undefined) problems.push(describe(`${file.name}: ${where()}`));
      });
    }
    return problems;
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

function sections(data: SeedFile) {
  return [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
    ['events', data.events],
    ['claims', data.claims],
  ] as const;
}

/** Calls `visit` with every id the file refers to, and a function that says where (built only when asked). */
function forEachReference(data: SeedFile, visit: (id: string, where: () => string) => void): void {
  data.people.forEach((person, i) =>
    person.leads.forEach((lead, j) => visit(lead.id, () => `people[${i}].leads[${j}].id`)),
  );
  data.organizations.forEach((organization, i) =>
    organization.basedIn.forEach((link, j) => visit(link.id, () => `organizations[${i}].basedIn[${j}].id`)),
  );
  data.places.forEach((place, i) =>
    place.partOf.forEach((link, j) => visit(link.id, () => `places[${i}].partOf[${j}].id`)),
  );
  data.events.forEach((event, i) => {
    event.participants.forEach((participant, j) => visit(participant.id, () => `events[${i}].participants[${j}].id`));
    event.places.forEach((link, j) => visit(link.id, () => `events[${i}].places[${j}].id`));
    event.partOf.forEach((link, j) => visit(link.id, () => `events[${i}].partOf[${j}].id`));
  });
  data.claims.forEach((claim, i) => {
    if (claim.speaker !== undefined) visit(claim.speaker, () => `claims[${i}].speaker`);
    if (claim.sameAs !== undefined) visit(claim.sameAs, () => `claims[${i}].sameAs`);
    claim.about.forEach((subject, j) =>
      typeof subject === 'string'
        ? visit(subject, () => `claims[${i}].about[${j}]`)
        : visit(subject.id, () => `claims[${i}].about[${j}].id`),
    );
    claim.disputes.forEach((link, j) => visit(link.id, () => `claims[${i}].disputes[${j}].id`));
    claim.supports.forEach((link, j) => visit(link.id, () => `claims[${i}].supports[${j}].id`));
  });
  forEachFactsReference(data.facts, visit);
  data.mentions.forEach((entry, j) =>
    typeof entry === 'string' ? visit(entry, () => `mentions[${j}]`) : visit(entry.id, () => `mentions[${j}].id`),
  );
}

/** `forEachReference` for the `facts` section: its nodes and their facts' other ends. */
function forEachFactsReference(facts: SeedFile['facts'], visit: (id: string, where: () => string) => void): void {
  const links = (path: string, field: string, list: readonly { id: string }[]) =>
    list.forEach((link, j) => visit(link.id, () => `${path}.${field}[${j}].id`));
  facts.people.forEach((person, i) => {
    visit(person.id, () => `facts.people[${i}].id`);
    links(`facts.people[${i}]`, 'leads', person.leads);
  });
  facts.organizations.forEach((organization, i) => {
    visit(organization.id, () => `facts.organizations[${i}].id`);
    links(`facts.organizations[${i}]`, 'basedIn', organization.basedIn);
  });
  facts.places.forEach((place, i) => {
    visit(place.id, () => `facts.places[${i}].id`);
    links(`facts.places[${i}]`, 'partOf', place.partOf);
  });
  facts.events.forEach((event, i) => {
    visit(event.id, () => `facts.events[${i}].id`);
    links(`facts.events[${i}]`, 'participants', event.participants);
    links(`facts.events[${i}]`, 'places', event.places);
    links(`facts.events[${i}]`, 'partOf', event.partOf);
  });
  facts.claims.forEach((claim, i) => {
    visit(claim.id, () => `facts.claims[${i}].id`);
    links(`facts.claims[${i}]`, 'about', claim.about);
    links(`facts.claims[${i}]`, 'disputes', claim.disputes);
    links(`facts.claims[${i}]`, 'supports', claim.supports);
  });
}

/** A name or alias as forEachForm finds it: the form, its clash key, its entity and where it is. */
interface FoundForm {
  readonly form: string;
  readonly key: string;
  readonly id: string;
  readonly where: string;
}

/**
 * Calls `visit` with every name and alias of the file's people, organizations and places, with
 * the key two forms clash on: two entities of one type may not share a name or alias (compared
 * without case or accents).
 */
function forEachForm(data: SeedFile, visit: (found: FoundForm) => void): void {
  for (const [section, entries] of [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
  ] as const) {
    entries.forEach((entry, i) => {
      [entry.name, ...entry.aliases].forEach((form, j) => {
        visit({
          form,
          key: `${section}\u0000${foldForm(form)}`,
          id: entry.id,
          where: `${section}[${i}].${j === 0 ? 'name' : `aliases[${j - 1}]`}`,
        });
      });
    });
  }
}

function describeKind(id: string): string {
  return labelOfId(id)?.toLowerCase() ?? 'node';
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
