import type { ArticleSentence } from './article-tokens';
import { subjectBefore } from './find-subject-before';
import { resolveSpeakerPhrase } from './resolve-speaker-phrase';
import { SAYING_VERBS } from './rules/saying-verbs';
import type { ResolvedSpeaker, Speaker, SpeakerContext } from './speaker-context';

/**
 * The speaker of reported speech in a sentence without quotes ("Hazel Blears said innocent
 * Muslims…", "…, the spokesman said."): the subject of its last verb of saying that resolves.
 * Without one, a person named as the subject of the sentence's first verb ("Mr Rudd went on to
 * list…") is who the story is now about, so a following "he said" is more likely that person.
 * Null when the sentence reports no one.
 */
export function findReportedSpeaker(
  context: SpeakerContext,
  at: { readonly sentence: ArticleSentence; readonly current: Speaker | null },
): ResolvedSpeaker | null {
  let found = null as ResolvedSpeaker | null;
  let firstVerb: number | null = null;
  for (let verb = at.sentence.tokenStart; verb < at.sentence.tokenEnd; verb += 1) {
    const token = context.tokens[verb];
    if (token === undefined || !token.pos.startsWith('VB')) continue;
    if (firstVerb === null && /^(VBD|VBZ|VBP)$/.test(token.pos)) firstVerb = verb;
    if (!SAYING_VERBS.has(token.lemma)) continue;
    const phrase = subjectBefore(context.tokens, { verb, floor: at.sentence.tokenStart });
    // "what he called the failures" names a thing, it reports no speech.
    if (phrase === null || /^W(P|DT)$/.test(context.tokens[phrase.start - 1]?.pos ?? '')) continue;
    const current: Speaker | null = found === null ? at.current : found.speaker;
    found = resolveSpeakerPhrase(context, { ...phrase, current }) ?? found;
  }
  return found ?? subjectOfSentence(context, { ...at, verb: firstVerb });
}

function subjectOfSentence(
  context: SpeakerContext,
  at: { readonly sentence: ArticleSentence; readonly current: Speaker | null; readonly verb: number | null },
): ResolvedSpeaker | null {
  if (at.verb === null) return null;
  const phrase = subjectBefore(context.tokens, { verb: at.verb, floor: at.sentence.tokenStart });
  if (phrase === null || phrase.start !== at.sentence.tokenStart) return null;
  const resolved = resolveSpeakerPhrase(context, { ...phrase, current: at.current });
  return resolved?.rule === 'named-person' ? { ...resolved, rule: 'subject-of-sentence' } : null;
}
