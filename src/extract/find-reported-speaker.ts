import type { ArticleSentence } from './article-tokens';
import { subjectBefore } from './find-subject-before';
import { resolveSpeakerPhrase } from './resolve-speaker-phrase';
import { SAYING_VERBS } from './rules/saying-verbs';
import type { ResolvedSpeaker, Speaker, SpeakerContext } from './speaker-context';

/**
 * The speaker of reported speech in a sentence without quotes ("Hazel Blears said innocent
 * Muslims…", "…, the spokesman said."): the subject of its last verb of saying that resolves.
 * Null when the sentence reports no one.
 */
export function findReportedSpeaker(
  context: SpeakerContext,
  at: { readonly sentence: ArticleSentence; readonly current: Speaker | null },
): ResolvedSpeaker | null {
  let found = null as ResolvedSpeaker | null;
  for (let verb = at.sentence.tokenStart; verb < at.sentence.tokenEnd; verb += 1) {
    const token = context.tokens[verb];
    if (token === undefined || !token.pos.startsWith('VB') || !SAYING_VERBS.has(token.lemma)) continue;
    const phrase = subjectBefore(context.tokens, { verb, floor: at.sentence.tokenStart });
    if (phrase === null) continue;
    const current: Speaker | null = found === null ? at.current : found.speaker;
    found = resolveSpeakerPhrase(context, { ...phrase, current }) ?? found;
  }
  return found;
}
