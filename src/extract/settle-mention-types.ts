import type { FoundMention } from './entity-mention';
import type { EntityType } from './extracted-article';
import { formCore } from './group-entity-mentions';

/**
 * One form, one type: when the engine tags the same form an organisation here and a place there
 * ("Labour", "EU"), every mention takes the type it has most often (the first seen on a tie).
 */
export function settleMentionTypes(mentions: readonly FoundMention[]): FoundMention[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const mention of mentions) {
    const byType = counts.get(formCore(mention.text)) ?? new Map<EntityType, number>();
    byType.set(mention.type, (byType.get(mention.type) ?? 0) + 1);
    counts.set(formCore(mention.text), byType);
  }
  return mentions.map((mention) => {
    const byType = counts.get(formCore(mention.text));
    if (byType === undefined || byType.size < 2) return mention;
    const [type] = [...byType].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return type === mention.type ? mention : { ...mention, type };
  });
}
