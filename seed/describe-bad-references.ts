import { labelOfId, type NodeLabel } from '../src/graph/graph-model';
import type { ParsedFile } from './build-file-rows';
import { CloseIds, type KnownId } from './rank-close-ids';
import { forEachReference } from './seed-file-references';

/** What an id lookup gives when the database could not be asked. */
export interface DatabaseUnavailable {
  readonly unavailable: true;
}

/** The command that starts the local database, for problems that need it. */
export const DATABASE_START_COMMAND = 'npm run db:start';

/** Unknown ids a did-you-mean is worked out for; past these (a broken bulk load), none is. */
const SUGGESTED_IDS = 100;

/**
 * The problems of references to `ids`, which no seed file defines: each reference with its file
 * and JSON path, and the ids it could have meant (the three closest ids of its type that the
 * files define, see `CloseIds`). `existing` is what the database holds of them; an id there with
 * its type is no problem. When the database could not be asked, each id is reported as defined
 * in no seed file, and one more problem says which ids need the database and how to start it.
 * `files` are read only when there is something to report.
 */
export function describeBadReferences({
  ids,
  existing,
  files,
}: {
  readonly ids: readonly string[];
  readonly existing: ReadonlyMap<string, NodeLabel> | DatabaseUnavailable;
  readonly files: Iterable<ParsedFile>;
}): string[] {
  const unavailable = 'unavailable' in existing;
  const describe = new Map<string, (where: string) => string>();
  const suggestions = new Map<string, CloseIds>();
  for (const id of ids) {
    const label = unavailable ? undefined : existing.get(id);
    if (label !== undefined && label === labelOfId(id)) continue;
    if (label !== undefined) {
      describe.set(id, (where) => `${where}: "${id}" is a ${label} in the database`);
      continue;
    }
    const close = suggestions.size < SUGGESTED_IDS ? new CloseIds(id) : null;
    if (close !== null) suggestions.set(id, close);
    const nowhere = unavailable ? ' in any seed file' : '';
    describe.set(id, (where) => `${where}: no ${describeKind(id)} "${id}"${nowhere}${close?.didYouMean() ?? ''}`);
  }
  if (describe.size === 0) return [];
  const references: { readonly id: string; readonly where: string }[] = [];
  for (const file of files) {
    forEachReference(file.data, (id, where) => {
      if (describe.has(id)) references.push({ id, where: `${file.name}: ${where()}` });
    });
    if (suggestions.size > 0)
      for (const known of knownIdsOf(file)) for (const close of suggestions.values()) close.offer(known);
  }
  const problems = references.map(({ id, where }) => (describe.get(id) as (where: string) => string)(where));
  if (unavailable)
    problems.push(
      `the graph database is not running, so ${describe.size} id(s) that no seed file defines could not be looked up ` +
        `there (ids written through mutations exist only there): ${[...describe.keys()].join(', ')}. ` +
        `Start it with \`${DATABASE_START_COMMAND}\` and run this again.`,
    );
  return problems;
}

/** Every id a file defines, with its name and other forms, as ids an author could have meant. */
export function knownIdsOf({ data }: ParsedFile): KnownId[] {
  const entities = [...data.people, ...data.organizations, ...data.places].map((entry) => ({
    id: entry.id,
    name: entry.name,
    forms: [...entry.aliases, ...entry.otherNames],
  }));
  return [
    { id: data.source.id, name: data.source.title },
    ...entities,
    ...data.events.map((event) => ({ id: event.id, name: event.name, forms: event.aliases })),
    ...data.claims.map((claim) => ({ id: claim.id, name: claim.text })),
  ];
}

function describeKind(id: string): string {
  return labelOfId(id)?.toLowerCase() ?? 'node';
}
