import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { isFollowedByNoun } from './find-entity-mentions';

/**
 * Every other occurrence of a form already found as an entity is a mention of it too: the engine
 * tags a name in one sentence and misses it in the next ("BT" is ORGANIZATION once and O four
 * times in one article). Only capitalised multi-letter forms are propagated, token for token, and
 * never inside a longer mention already found.
 */
export function findSameFormMentions(tokens: readonly ArticleToken[], found: readonly FoundMention[]): FoundMention[] {
  const forms = new Map<string, FoundMention>();
  for (const mention of found) {
    if (/\p{Lu}/u.test(mention.text) && mention.text.length > 1) forms.set(formKey(tokens, mention), mention);
  }
  const covered = new Set<number>();
  for (const mention of found) for (let i = mention.tokenStart; i < mention.tokenEnd; i += 1) covered.add(i);
  const added: FoundMention[] = [];
  for (const [key, model] of forms) {
    const words = key.split(' ');
    for (let i = 0; i + words.length <= tokens.length; i += 1) {
      if (!matchesAt(tokens, { at: i, words }) || covered.has(i) || covered.has(i + words.length - 1)) continue;
      const first = tokens[i] as ArticleToken;
      const last = tokens[i + words.length - 1] as ArticleToken;
      const mention: FoundMention = {
        type: model.type,
        text: model.text,
        start: first.start,
        end: last.end,
        tokenStart: i,
        tokenEnd: i + words.length,
        adjectival: isFollowedByNoun(tokens, i + words.length),
        rule: 'same-form',
      };
      added.push(mention);
      for (let j = i; j < i + words.length; j += 1) covered.add(j);
    }
  }
  return added;
}

function formKey(tokens: readonly ArticleToken[], mention: FoundMention): string {
  return tokens
    .slice(mention.tokenStart, mention.tokenEnd)
    .map((token) => token.text)
    .join(' ');
}

function matchesAt(tokens: readonly ArticleToken[], { at, words }: { at: number; words: readonly string[] }): boolean {
  return words.every((word, k) => tokens[at + k]?.text === word);
}
