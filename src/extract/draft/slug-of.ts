/**
 * The id slug of a name or file name: lower case, accents dropped, every run of other characters
 * one `-` (`Hazel Blears` → `hazel-blears`, `Lib Dems'` → `lib-dems`). A name with no letter or
 * digit at all gives `unnamed`, so an id is always well formed.
 */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : 'unnamed';
}
