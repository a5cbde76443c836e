import type { ArticleToken } from './article-tokens';
import type { EntityType, ExtractedEntity } from './extracted-article';
import { findPersonRoles } from './find-person-roles';
import { nameWords, type MentionGroup } from './group-entity-mentions';

/** How far each mention rule is trusted, from the engine's own tags down to the weakest cue. */
const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  ner: 0.9,
  'same-form': 0.85,
  affiliation: 0.75,
  'appositive-organisation': 0.7,
  constituency: 0.8,
  'name-before-country': 0.7,
  acronym: 0.6,
  'plural-name': 0.65,
};

/**
 * Entities from grouped mentions: the fullest form as name (most words, then longest; honorifics
 * left out of a person's), a key from type and name, titles from appositions, and the confidence
 * of the best rule that found it, a little more when it is mentioned again.
 */
export function buildEntities(
  text: string,
  article: { readonly tokens: readonly ArticleToken[]; readonly groups: readonly MentionGroup[] },
): ExtractedEntity[] {
  const taken = new Set<string>();
  return article.groups.map((group) => {
    const name = fullestName(group);
    let key = `${PREFIX[group.type]}:${slugOf(name)}`;
    for (let n = 2; taken.has(key); n += 1) key = `${PREFIX[group.type]}:${slugOf(name)}-${n}`;
    taken.add(key);
    const best = Math.max(...group.mentions.map((m) => RULE_CONFIDENCE[m.rule] ?? 0.5));
    return {
      key,
      type: group.type,
      name,
      mentions: group.mentions.map((m) => ({
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        adjectival: m.adjectival,
      })),
      roles:
        group.type === 'PERSON'
          ? group.mentions.flatMap((mention) => findPersonRoles(text, { tokens: article.tokens, mention }))
          : [],
      confidence: Math.min(0.99, best + (group.mentions.length > 1 ? 0.05 : 0)),
    };
  });
}

const PREFIX: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  PLACE: 'place',
};

function fullestName(group: MentionGroup): string {
  const forms = group.mentions.map((m) =>
    group.type === 'PERSON' ? nameWords(m.text).join(' ') : m.text.replace(/['\u2019]s$/, ''),
  );
  const score = (form: string) => form.split(' ').length * 1000 + form.length - (/^[A-Z]+$/.test(form) ? 500 : 0);
  return forms.reduce((best, form) => (score(form) > score(best) ? form : best), forms[0] ?? '');
}

function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}
