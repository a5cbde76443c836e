import type { EntityType } from '../extracted-article';

/** An entity the graph (or a seed file) already has, with every form it is known by. */
export interface KnownEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Its name, aliases, other names, and the forms other files mention it by. */
  readonly forms: readonly string[];
}

/** The id prefix of each entity type, as seed files and the graph write it. */
export const ID_PREFIX_OF_TYPE: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  PLACE: 'place',
};

/** The entity type an id names, or null for ids of other kinds (events, claims, sources). */
export function entityTypeOfId(id: string): EntityType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const found = (Object.entries(ID_PREFIX_OF_TYPE) as [EntityType, string][]).find(([, p]) => p === prefix);
  return found === undefined ? null : found[0];
}
