import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { seedFileSchema, type SeedFile } from '../../domain/seed-file-schema';
import { entityTypeOfId, type KnownEntity } from './known-entity';

/** What the seed files of one folder know: their entities, and the files that could not be read. */
export interface SeedEntities {
  readonly entities: KnownEntity[];
  /** `file: why`, for files that are not valid seed files (they are left out, not fatal). */
  readonly skipped: string[];
}

/**
 * The people, organizations and places that the `.json` seed files directly in `folder` define,
 * with their names, aliases and other names, and the forms their `mentions` give entities of
 * other files. `exclude` leaves files out by name (an article's own earlier draft, which must not
 * count as "already known" when it is extracted again). A missing folder knows nothing.
 */
export function readSeedEntities(folder: string, exclude: ReadonlySet<string> = new Set()): SeedEntities {
  const entities: KnownEntity[] = [];
  const skipped: string[] = [];
  if (!existsSync(folder)) return { entities, skipped };
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.meta.json') || exclude.has(name)) continue;
    const data = parseSeedFile(path.join(folder, name));
    if (typeof data === 'string') skipped.push(`${name}: ${data}`);
    else entities.push(...readSeedEntitiesOf(data));
  }
  return { entities, skipped };
}

/** A seed file's parsed content, or why it is not one. */
export function parseSeedFile(file: string): SeedFile | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error: unknown) {
    return error instanceof Error ? error.message : String(error);
  }
  const parsed = seedFileSchema.safeParse(json);
  return parsed.success ? parsed.data : 'not a valid seed file (npm run seed -- --dry-run says why)';
}

/**
 * The entities one seed file defines and mentions (see `readSeedEntities`). Takes the file as
 * written too (defaults not filled in): a draft is read before and after it is written.
 */
export function readSeedEntitiesOf(data: SeedFile | z.input<typeof seedFileSchema>): KnownEntity[] {
  const defined: KnownEntity[] = [
    ...(data.people ?? []).map((entry) => ({ entry, type: 'PERSON' as const })),
    ...(data.organizations ?? []).map((entry) => ({ entry, type: 'ORGANIZATION' as const })),
    ...(data.places ?? []).map((entry) => ({ entry, type: 'PLACE' as const })),
  ].map(({ entry, type }) => ({
    id: entry.id,
    type,
    name: entry.name,
    forms: [entry.name, ...(entry.aliases ?? []), ...(entry.otherNames ?? [])],
  }));
  const mentioned = (data.mentions ?? []).flatMap((mention): KnownEntity[] => {
    if (typeof mention === 'string') return [];
    const type = entityTypeOfId(mention.id);
    return type === null || mention.forms === undefined || mention.forms.length === 0
      ? []
      : [{ id: mention.id, type, name: mention.forms[0] as string, forms: mention.forms }];
  });
  return [...defined, ...mentioned];
}
