import type { ArticleToken } from './article-tokens';
import type { ExtractedEntity } from './extracted-article';
import { ORGANISATION_NOUNS } from './rules/organisation-words';
import { DOCUMENT_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_PRONOUNS, SPOKESPERSON_NOUNS } from './rules/person-words';
import { speakerOfEntity, type ResolvedSpeaker, type Speaker, type SpeakerContext } from './speaker-context';
import { resolveDescription, resolvePronoun } from './resolve-speaker-reference';

/**
 * Who a speaker phrase stands for, in order: a person named in it ("Labour spokesman Mr Kemp");
 * the owner of a document ("Mr Lee's report");
 * an unnamed spokesperson's organisation ("a spokesman for the office"); an organisation named
 * in it ("UKIP"); a pronoun (the current speaker, or the last person of that gender); a
 * description of a person ("the Salford MP") or of an organisation ("the former monopoly").
 * Null when the phrase is none of these.
 */
export function resolveSpeakerPhrase(
  context: SpeakerContext,
  phrase: { readonly start: number; readonly end: number; readonly current: Speaker | null },
): ResolvedSpeaker | null {
  const words = context.tokens.slice(phrase.start, phrase.end);
  const head = headOf(words);
  const lower = head?.text.toLowerCase() ?? '';
  const named = entitiesIn(context, words);
  const person = named.find((e, i) => e.entity.type === 'PERSON' && !named[i]?.possessive);
  if (person !== undefined)
    return { speaker: speakerOfEntity(context, person.entity), rule: 'named-person', confidence: 0.9 };
  // "Mr Lee's report noted": a document's words are its owner's (unlike "Mr Lee's spokesman").
  const owner = DOCUMENT_NOUNS.has(lower) ? named.find((e) => e.possessive) : undefined;
  if (owner !== undefined)
    return { speaker: speakerOfEntity(context, owner.entity), rule: 'author-of-document', confidence: 0.8 };
  if (SPOKESPERSON_NOUNS.has(lower)) return resolveSpokesperson(context, { ...phrase, named, words });
  const organisation = named.find((e) => e.entity.type === 'ORGANIZATION');
  if (organisation !== undefined && !PERSON_ROLE_NOUNS.has(lower) && standsFor(context, { head, organisation }))
    return { speaker: speakerOfEntity(context, organisation.entity), rule: 'named-organisation', confidence: 0.85 };
  if (words.length === 1 && SPEAKER_PRONOUNS.has(lower)) return resolvePronoun(context, { ...phrase, pronoun: lower });
  if (PERSON_ROLE_NOUNS.has(lower) || ORGANISATION_NOUNS.has(lower))
    return resolveDescription(context, { ...phrase, words, head: lower });
  return null;
}

/**
 * Whether a phrase naming an organisation is that organisation: its head is part of the name
 * ("Telecom analysts Ovum") or a noun for an organisation ("the Labour party"), not a common
 * noun for other people ("NHS staff", "BT customers": they are not the NHS or BT).
 */
function standsFor(
  context: SpeakerContext,
  at: { readonly head: ArticleToken | undefined; readonly organisation: NamedInPhrase },
): boolean {
  const { head, organisation } = at;
  if (head === undefined || context.entityOfToken.get(head.index) === organisation.entity) return true;
  return !/^NNS?$/.test(head.pos) || ORGANISATION_NOUNS.has(head.text.toLowerCase());
}

function headOf(words: readonly ArticleToken[]): ArticleToken | undefined {
  // The head of "a spokesman for the office" is "spokesman": the last noun before a joining word.
  const cut = words.findIndex((w, i) => i > 0 && /^(of|for|at|from)$/.test(w.lemma));
  const core = cut < 0 ? words : words.slice(0, cut);
  return [...core].reverse().find((w) => w.pos.startsWith('NN') || w.pos.startsWith('PRP'));
}

interface NamedInPhrase {
  readonly entity: ExtractedEntity;
  /** True for "Mr Blair's" in "Mr Blair's spokesman": the phrase is not that entity. */
  readonly possessive: boolean;
}

function entitiesIn(context: SpeakerContext, words: readonly ArticleToken[]): NamedInPhrase[] {
  const found: NamedInPhrase[] = [];
  words.forEach((word, i) => {
    const entity = context.entityOfToken.get(word.index);
    if (entity === undefined || context.entityOfToken.get(words[i + 1]?.index ?? -1) === entity) return;
    found.push({ entity, possessive: words[i + 1]?.pos === 'POS' && i + 2 < words.length });
  });
  return found;
}

function resolveSpokesperson(
  context: SpeakerContext,
  phrase: { start: number; current: Speaker | null; named: NamedInPhrase[]; words: readonly ArticleToken[] },
): ResolvedSpeaker {
  const organisation = phrase.named.find((e) => e.entity.type === 'ORGANIZATION');
  if (organisation !== undefined)
    return {
      speaker: { ...speakerOfEntity(context, organisation.entity), human: true },
      rule: 'spokesperson-of-organisation',
      confidence: 0.85,
    };
  const modifiers = phrase.words.filter((w) => w.pos !== 'DT');
  if (modifiers.length === 1 && phrase.current !== null && phrase.current.kind === 'ORGANIZATION')
    return { speaker: { ...phrase.current, human: true }, rule: 'spokesperson-of-current', confidence: 0.7 };
  if (modifiers.length === 1) {
    const recent = lastOrganisationBefore(context, phrase.start);
    if (recent !== undefined)
      return {
        speaker: { ...speakerOfEntity(context, recent), human: true },
        rule: 'spokesperson-of-recent',
        confidence: 0.6,
      };
  }
  const first = phrase.words.findIndex((w) => w.pos !== 'DT');
  const from = phrase.words[first] ?? phrase.words[0];
  const to = phrase.words.at(-1);
  const name = from === undefined || to === undefined ? 'spokesperson' : context.text.slice(from.start, to.end);
  return {
    speaker: { entityKey: null, name, kind: 'ORGANIZATION', human: true, gender: null },
    rule: 'spokesperson-described',
    confidence: 0.5,
  };
}

/** The organisation mentioned last before a token, within the previous three sentences. */
function lastOrganisationBefore(context: SpeakerContext, tokenIndex: number): ExtractedEntity | undefined {
  const sentence = context.tokens[tokenIndex]?.sentence ?? 0;
  for (let i = tokenIndex - 1; i >= 0; i -= 1) {
    const token = context.tokens[i] as ArticleToken;
    if (token.sentence < sentence - 3) return undefined;
    const entity = context.entityOfToken.get(i);
    if (entity?.type === 'ORGANIZATION' && !context.quoted.has(i)) return entity;
  }
  return undefined;
}
