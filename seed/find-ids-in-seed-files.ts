import { foldForm } from '../src/domain/fold-form';
import { seedFileSchema } from '../src/domain/seed-file-schema';
import { labelOfId, type NodeLabel } from '../src/graph/graph-model';
import { knownIdsOf } from './describe-bad-references';
import type { SeedInput } from './validate-seed-files';

/** An id a seed file defines, as `npm run ids` lists it. */
export interface SeedFileId {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  /** The file that defines it, as the input names it. */
  readonly file: string;
}

/**
 * The ids that `inputs` define (sources, people, organizations, places, events, claims) whose
 * id, name or other forms contain every one of `words`, compared without case or accents, in
 * file order. A file that is not a valid seed file is skipped and named in `unreadable` (the
 * seed command says what is wrong with it); no words match every id.
 */
export function findIdsInSeedFiles(
  inputs: readonly SeedInput[],
  words: readonly string[],
): { found: SeedFileId[]; unreadable: string[] } {
  const wanted = words.map(foldForm);
  const found: SeedFileId[] = [];
  const unreadable: string[] = [];
  for (const input of inputs) {
    const parsed = parseSeedJson(input.json);
    if (parsed === null) {
      unreadable.push(input.name);
      continue;
    }
    for (const known of knownIdsOf({ name: input.name, data: parsed, text: null })) {
      const keys = [known.id, known.name, ...(known.forms ?? [])].map(foldForm);
      const label = labelOfId(known.id);
      if (label !== undefined && wanted.every((word) => keys.some((key) => key.includes(word))))
        found.push({ id: known.id, label, name: known.name, file: input.name });
    }
  }
  return { found, unreadable };
}

function parseSeedJson(json: string) {
  try {
    const result = seedFileSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    // Malformed JSON: the file is named as unreadable, and `npm run seed` says where.
    return null;
  }
}
