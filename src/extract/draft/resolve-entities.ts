import type { ExtractedArticle, ExtractedEntity } from '../extracted-article';
import { matchKey, type EntityLookup } from '../link/entity-index';
import { ID_PREFIX_OF_TYPE } from '../link/known-entity';
import { linkEntity, type EntityLink } from '../link/link-entity';
import { slugOf } from './slug-of';

/** An extracted entity with the graph id it gets: a known entity's, or a new one's. */
export interface ResolvedEntity {
  readonly entity: ExtractedEntity;
  readonly id: string;
  readonly link: EntityLink;
}

/** The article's entities, resolved, and the id each entity key and speaker name stands for. */
export interface ResolvedEntities {
  readonly entities: readonly ResolvedEntity[];
  /** Entity key (`ExtractedEntity.key`) → id. */
  readonly idOfKey: ReadonlyMap<string, string>;
  /** `speakerIdOf(quote.speaker)`: the id of a quote's speaker, or null when it has none. */
  readonly speakerIdOf: (speaker: ExtractedArticle['quotes'][number]['speaker']) => string | null;
}

/**
 * Links each entity of the article to the graph (`linkEntity`) or gives it a new id. Speakers the
 * rules named without listing them as entities (an organisation behind "a spokesman") become
 * entities too, unless one of the article's entities already has that name. A new id is
 * `<type>:<slug of name>`, or, when the graph or this article already uses that id for someone
 * else, `<type>:<slug>.<source slug>`: the same article always gives the same ids.
 */
export function resolveEntities(
  article: ExtractedArticle,
  { index, sourceSlug }: { index: EntityLookup; sourceSlug: string },
): ResolvedEntities {
  const taken = new Set<string>();
  const entities: ResolvedEntity[] = [];
  const idOfKey = new Map<string, string>();
  const resolve = (entity: ExtractedEntity): string => {
    const link = linkEntity(entity, index);
    const id = link.kind === 'linked' ? link.id : newIdFor(entity, { index, taken, sourceSlug });
    taken.add(id);
    entities.push({ entity, id, link });
    idOfKey.set(entity.key, id);
    return id;
  };
  article.entities.forEach(resolve);
  const byName = new Map(entities.map(({ entity, id }) => [`${entity.type}\u0000${matchKey(entity.name)}`, id]));
  const speakerIdOf: ResolvedEntities['speakerIdOf'] = (speaker) => {
    if (speaker.entityKey !== null) return idOfKey.get(speaker.entityKey) ?? null;
    if (speaker.kind === 'UNKNOWN' || speaker.name.trim().length === 0) return null;
    const key = `${speaker.kind}\u0000${matchKey(speaker.name)}`;
    const known = byName.get(key);
    if (known !== undefined) return known;
    const id = resolve({
      key: `speaker:${key}`,
      type: speaker.kind,
      name: speaker.name.trim(),
      mentions: [],
      roles: [],
      confidence: 0.5,
    });
    byName.set(key, id);
    return id;
  };
  return { entities, idOfKey, speakerIdOf };
}

function newIdFor(
  entity: ExtractedEntity,
  { index, taken, sourceSlug }: { index: EntityLookup; taken: ReadonlySet<string>; sourceSlug: string },
): string {
  const base = `${ID_PREFIX_OF_TYPE[entity.type]}:${slugOf(entity.name)}`;
  const free = (id: string) => !index.has(id) && !taken.has(id);
  if (free(base)) return base;
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? `${base}.${sourceSlug}` : `${base}.${sourceSlug}-${n}`;
    if (free(id)) return id;
  }
}
