/**
 * The key two names or aliases clash on: compared without case, accents or the difference between
 * a typographic and a straight apostrophe. Two entities of one type may not share a key; the seed
 * validator and the curation mutations both check it with this function.
 */
export function foldForm(form: string): string {
  return form
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();
}
