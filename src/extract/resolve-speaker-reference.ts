import type { ArticleToken } from './article-tokens';
import type { ExtractedEntity } from './extracted-article';
import { OFFICE_QUALIFIERS, PERSON_ROLE_NOUNS, SPEAKER_PRONOUNS } from './rules/person-words';
import { speakerOfEntity, type ResolvedSpeaker, type Speaker, type SpeakerContext } from './speaker-context';

/**
 * "he" / "she": the current speaker when a human voice of that gender (or of unknown gender),
 * otherwise the last person of a compatible gender mentioned before. "it" / "they": the current
 * speaker when an organisation, otherwise the last organisation mentioned.
 */
export function resolvePronoun(
  context: SpeakerContext,
  reference: { readonly start: number; readonly current: Speaker | null; readonly pronoun: string },
): ResolvedSpeaker | null {
  const gender = SPEAKER_PRONOUNS.get(reference.pronoun) ?? 'any';
  const current = reference.current;
  if (gender === 'any') {
    if (current?.kind === 'ORGANIZATION') return { speaker: current, rule: 'pronoun-current', confidence: 0.7 };
    const organisation = lastEntityBefore(context, {
      start: reference.start,
      accept: (e) => e.type === 'ORGANIZATION',
    });
    return organisation === undefined
      ? null
      : { speaker: speakerOfEntity(context, organisation), rule: 'pronoun-last-organisation', confidence: 0.5 };
  }
  if (current !== null && current.human && (current.gender === null || current.gender === gender))
    return { speaker: current, rule: 'pronoun-current', confidence: 0.8 };
  const person = lastEntityBefore(context, {
    start: reference.start,
    accept: (e) => e.type === 'PERSON' && (context.genderOf.get(e.key) ?? gender) === gender,
  });
  return person === undefined
    ? null
    : { speaker: speakerOfEntity(context, person), rule: 'pronoun-last-person', confidence: 0.6 };
}

/**
 * "the Salford MP", "the foreign secretary": the person whose written title shares the most words
 * with the description, else the current speaker when a person, else the last person mentioned.
 * "the former monopoly", "the firm": the organisation mentioned most often so far (the story's
 * subject), else the current speaker when an organisation.
 */
export function resolveDescription(
  context: SpeakerContext,
  reference: {
    readonly start: number;
    readonly current: Speaker | null;
    readonly words: readonly ArticleToken[];
    readonly head: string;
  },
): ResolvedSpeaker | null {
  const { current, start } = reference;
  if (PERSON_ROLE_NOUNS.has(reference.head)) {
    const titled = personByTitle(context, reference);
    if (titled !== undefined)
      return { speaker: speakerOfEntity(context, titled), rule: 'description-title', confidence: 0.75 };
    if (current?.kind === 'PERSON') return { speaker: current, rule: 'description-current', confidence: 0.65 };
    const person = lastEntityBefore(context, { start, accept: (e) => e.type === 'PERSON' });
    return person === undefined
      ? null
      : { speaker: speakerOfEntity(context, person), rule: 'description-last-person', confidence: 0.5 };
  }
  // The story's main organisation, not a regulator or rival quoted just before ("the former monopoly").
  const organisation = mostMentionedOrganisationBefore(context, start);
  if (organisation !== undefined)
    return { speaker: speakerOfEntity(context, organisation), rule: 'description-main-organisation', confidence: 0.6 };
  return current?.kind === 'ORGANIZATION' ? { speaker: current, rule: 'description-current', confidence: 0.55 } : null;
}

function personByTitle(
  context: SpeakerContext,
  reference: { readonly start: number; readonly words: readonly ArticleToken[]; readonly head: string },
): ExtractedEntity | undefined {
  const offset = context.tokens[reference.start]?.start ?? 0;
  const wanted = reference.words.filter((w) => w.pos !== 'DT').map((w) => w.text.toLowerCase());
  let best: { entity: ExtractedEntity; score: number } | undefined;
  for (const entity of context.entities) {
    if (entity.type !== 'PERSON' || !entity.mentions.some((m) => m.start < offset && !isQuoted(context, m.start)))
      continue;
    for (const role of entity.roles) {
      const words = role.title.toLowerCase().split(/\s+/);
      if (!words.includes(reference.head)) continue;
      // "the chancellor" is not the shadow chancellor, nor a former or deputy one.
      if (words.some((w) => OFFICE_QUALIFIERS.has(w) && !wanted.includes(w))) continue;
      const score = wanted.filter((w) => words.includes(w)).length;
      if (best === undefined || score >= best.score) best = { entity, score };
    }
  }
  return best?.entity;
}

function lastEntityBefore(
  context: SpeakerContext,
  query: { readonly start: number; readonly accept: (entity: ExtractedEntity) => boolean },
): ExtractedEntity | undefined {
  for (let i = query.start - 1; i >= 0; i -= 1) {
    const entity = context.entityOfToken.get(i);
    if (entity !== undefined && !context.quoted.has(i) && query.accept(entity)) return entity;
  }
  return undefined;
}

function mostMentionedOrganisationBefore(context: SpeakerContext, start: number): ExtractedEntity | undefined {
  const offset = context.tokens[start]?.start ?? 0;
  let best: { entity: ExtractedEntity; count: number; last: number } | undefined;
  for (const entity of context.entities) {
    if (entity.type !== 'ORGANIZATION') continue;
    const before = entity.mentions.filter((m) => m.start < offset && !isQuoted(context, m.start));
    const last = before.at(-1)?.start ?? -1;
    if (before.length === 0) continue;
    if (best === undefined || before.length > best.count || (before.length === best.count && last > best.last))
      best = { entity, count: before.length, last };
  }
  return best?.entity;
}

function isQuoted(context: SpeakerContext, offset: number): boolean {
  const token = context.tokens.find((t) => t.start === offset);
  return token !== undefined && context.quoted.has(token.index);
}
