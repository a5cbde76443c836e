import type { ExtractedEntity } from '../extracted-article';
import { matchKey, type EntityLookup } from './entity-index';

/** What linking decided for one extracted entity, and why (for the draft's review mark). */
export type EntityLink =
  | { readonly kind: 'linked'; readonly id: string; readonly rule: LinkRule; readonly confidence: number }
  | { readonly kind: 'new'; readonly candidates: readonly string[] };

/** The rules a link can rest on, named so a draft's review note and the bench can cite them. */
export type LinkRule = 'same-form' | 'same-full-name' | 'surname';

/**
 * Resolves an extracted entity against the known ones, never guessing between two:
 * - `same-form`: its forms (name and every mention, honorifics left out) name exactly one known
 *   entity of its type;
 * - `same-full-name`: they name several, but its fullest name names exactly one;
 * - `surname`: a person the article names by one word only ("Putin", "Mr Putin") whose surname
 *   exactly one known person has.
 * Anything else is `new`, with the ids it could have been (several by form, or several sharing
 * the surname) as `candidates`, so a reviewer decides instead of the extractor merging silently.
 */
export function linkEntity(entity: ExtractedEntity, index: EntityLookup): EntityLink {
  const forms = [entity.name, ...entity.mentions.map((mention) => mention.text)];
  const byForm = new Set(forms.flatMap((form) => index.idsByForm(entity.type, form)));
  if (byForm.size === 1) return { kind: 'linked', id: [...byForm][0] as string, rule: 'same-form', confidence: 0.9 };
  if (byForm.size > 1) {
    const byName = index.idsByForm(entity.type, entity.name);
    if (byName.length === 1)
      return { kind: 'linked', id: byName[0] as string, rule: 'same-full-name', confidence: 0.8 };
    return { kind: 'new', candidates: [...byForm].sort() };
  }
  if (entity.type !== 'PERSON' || matchKey(entity.name).includes(' ')) return { kind: 'new', candidates: [] };
  const bySurname = index.idsBySurname(entity.name);
  if (bySurname.length === 1) return { kind: 'linked', id: bySurname[0] as string, rule: 'surname', confidence: 0.6 };
  return { kind: 'new', candidates: bySurname.sort() };
}
