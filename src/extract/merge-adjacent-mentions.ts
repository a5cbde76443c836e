import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';

/**
 * Joins mentions the engine split in two: two places side by side ("Upper Afan" + "Valley"), a
 * place right before an organisation ("UK" + "Independence Party"), and an organisation
 * followed by its number ("BBC Radio" + "4"). Only a single space may stand between the parts.
 */
export function mergeAdjacentMentions(
  text: string,
  article: { readonly tokens: readonly ArticleToken[]; readonly mentions: readonly FoundMention[] },
): FoundMention[] {
  const sorted = [...article.mentions].sort((a, b) => a.start - b.start);
  const merged: FoundMention[] = [];
  for (const mention of sorted) {
    const previous = merged.at(-1);
    const joined = previous === undefined ? null : joinedType(text, { previous, mention });
    if (previous !== undefined && joined !== null)
      merged[merged.length - 1] = join(text, { previous, mention, type: joined });
    else merged.push(withNumber(text, { tokens: article.tokens, mention }));
  }
  return merged;
}

function joinedType(
  text: string,
  pair: { previous: FoundMention; mention: FoundMention },
): FoundMention['type'] | null {
  const { previous, mention } = pair;
  if (text.slice(previous.end, mention.start) !== ' ' || previous.tokenEnd !== mention.tokenStart) return null;
  if (previous.type === 'PLACE' && mention.type === 'PLACE') return 'PLACE';
  if (previous.type === 'PLACE' && mention.type === 'ORGANIZATION' && !mention.adjectival) return 'ORGANIZATION';
  return null;
}

function join(
  text: string,
  parts: { previous: FoundMention; mention: FoundMention; type: FoundMention['type'] },
): FoundMention {
  const { previous, mention, type } = parts;
  return {
    ...mention,
    type,
    text: text.slice(previous.start, mention.end),
    start: previous.start,
    tokenStart: previous.tokenStart,
  };
}

function withNumber(text: string, at: { tokens: readonly ArticleToken[]; mention: FoundMention }): FoundMention {
  const { tokens, mention } = at;
  const next = tokens[mention.tokenEnd];
  if (mention.type !== 'ORGANIZATION' || next?.pos !== 'CD' || next.text.length > 2 || next.start !== mention.end + 1)
    return mention;
  return { ...mention, text: text.slice(mention.start, next.end), end: next.end, tokenEnd: mention.tokenEnd + 1 };
}
