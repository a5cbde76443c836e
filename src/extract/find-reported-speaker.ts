import type { ArticleSentence } from './article-tokens';
import { isPhraseWordAt, subjectBefore } from './find-subject-before';
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
    const current: Speaker | null = found === null ? at.current : found.speaker;
    const inverted = namedAfterVerb(context, { verb, end: at.sentence.tokenEnd, current });
    if (inverted !== null) {
      found = inverted;
      continue;
    }
    const phrase = subjectBefore(context.tokens, { verb, floor: at.sentence.tokenStart });
    // "what he called the failures" names a thing, it reports no speech.
    if (phrase === null || /^W(P|DT)$/.test(context.tokens[phrase.start - 1]?.pos ?? '')) continue;
    found = resolveSpeakerPhrase(context, { ...phrase, current }) ?? found;
  }
  return found ?? subjectOfSentence(context, { ...at, verb: firstVerb });
}

/**
 * A verb of saying set off by a comma with its speaker after it ("…, observed Ann Lee, an
 * adviser.", "Then, says Mr Lee, the firm…"): the speaker when the words after it name a person
 * or an organisation.
 */
function namedAfterVerb(
  context: SpeakerContext,
  at: { readonly verb: number; readonly end: number; readonly current: Speaker | null },
): ResolvedSpeaker | null {
  const { tokens } = context;
  if (tokens[at.verb - 1]?.text !== ',' || !/^(VBD|VBZ|VBP|VBN)$/.test(tokens[at.verb]?.pos ?? '')) return null;
  let end = at.verb + 1;
  while (end < at.end && isPhraseWordAt(tokens, end)) end += 1;
  // The name closes the clause ("observed Ann Lee, an adviser"); in "…, Ann Lee, said the firm
  // did…" the words after the verb are what she said, not who said it.
  if (end === at.verb + 1 || (end < at.end && !/^[,.;]$/.test(tokens[end]?.text ?? ''))) return null;
  const resolved = resolveSpeakerPhrase(context, { start: at.verb + 1, end, current: at.current });
  return resolved?.rule.startsWith('named-') === true ? { ...resolved, rule: 'reported-after-verb' } : null;
}

function subjectOfSentence(
  context: SpeakerContext,
  at: { readonly sentence: ArticleSentence; readonly current: Speaker | null; readonly verb: number | null },
): ResolvedSpeaker | null {
  if (at.verb === null) return null;
  const phrase = subjectBefore(context.tokens, { verb: at.verb, floor: at.sentence.tokenStart });
  if (phrase === null || !opensSentence(context, { sentence: at.sentence, start: phrase.start })) return null;
  const resolved = resolveSpeakerPhrase(context, { ...phrase, current: at.current });
  // "He has worked on…" before any quote: the pronoun is resolved where it is written, before later names.
  const person = resolved?.rule === 'named-person' || resolved?.rule === 'pronoun-last-person';
  return person && resolved !== null ? { ...resolved, rule: 'subject-of-sentence' } : null;
}

/**
 * True when a subject opens its sentence, or follows only an opening adverbial set off by a comma
 * ("On this subject, Ann Lee appears…", "Later, Mr Lee went on…"): no verb before it.
 */
function opensSentence(
  context: SpeakerContext,
  at: { readonly sentence: ArticleSentence; readonly start: number },
): boolean {
  if (at.start === at.sentence.tokenStart) return true;
  const opener = context.tokens.slice(at.sentence.tokenStart, at.start);
  return opener.at(-1)?.text === ',' && opener.every((t) => !t.pos.startsWith('VB') && !/^(``|'')$/.test(t.pos));
}
