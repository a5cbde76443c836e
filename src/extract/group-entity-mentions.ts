import type { FoundMention } from './entity-mention';
import type { EntityType } from './extracted-article';
import { HONORIFICS } from './rules/person-words';

/** Mentions of one entity, before its name, roles and confidence are settled. */
export interface MentionGroup {
  readonly type: EntityType;
  readonly mentions: FoundMention[];
}

/**
 * Groups mentions into entities, in text order. People: the same surname with compatible first
 * names ("Hazel Blears", "Ms Blears", "Blears"); a bare surname shared by two people goes to the
 * one mentioned last. Organisations and places: the same form without "the" and a trailing
 * "Party" or plural "s" ("Conservative", "Conservatives", "Conservative Party"), or an acronym
 * of the other's capitalised words ("IHRC" for "Islamic Human Rights Commission").
 */
export function groupEntityMentions(mentions: readonly FoundMention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of sorted) {
    const candidates = groups.filter((group) => group.type === mention.type && belongsTo(mention, group));
    const target = candidates.at(-1) ?? lastCompatible(groups, mention);
    if (target === undefined) groups.push({ type: mention.type, mentions: [mention] });
    else target.mentions.push(mention);
  }
  return groups;
}

function lastCompatible(groups: readonly MentionGroup[], mention: FoundMention): MentionGroup | undefined {
  // A full name seen after its bare surname ("Blair" in a headline, then "Tony Blair").
  if (mention.type !== 'PERSON') return undefined;
  const words = nameWords(mention.text);
  return groups.find(
    (group) =>
      group.type === 'PERSON' &&
      group.mentions.every((m) => nameWords(m.text).length === 1 && nameWords(m.text)[0] === words.at(-1)),
  );
}

function belongsTo(mention: FoundMention, group: MentionGroup): boolean {
  return group.mentions.some((other) =>
    mention.type === 'PERSON'
      ? samePerson(mention.text, other.text)
      : sameOrganisationOrPlace(mention.text, other.text),
  );
}

/** A person's name words, honorifics and possessive left out. */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/['\u2019]s$/, '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  while (words.length > 1 && HONORIFICS.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) words.shift();
  return words;
}

function samePerson(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.at(-1) !== y.at(-1)) return false;
  if (x.length === 1 || y.length === 1) return true;
  const first = (x[0] as string).toLowerCase();
  const other = (y[0] as string).toLowerCase();
  return first.startsWith(other) || other.startsWith(first);
}

/** The comparable core of an organisation's or place's form. */
export function formCore(form: string): string {
  return form
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['\u2019]s$/, '')
    .replace(/\s+party$/, '')
    .replace(/(?<=\w{3})s$/, '');
}

function sameOrganisationOrPlace(a: string, b: string): boolean {
  if (formCore(a) === formCore(b)) return true;
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}

function isAcronymOf(short: string, long: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const initials = long
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.length >= 2 && initials === short;
}
