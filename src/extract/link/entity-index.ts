import { foldForm } from '../../domain/fold-form';
import type { EntityType } from '../extracted-article';
import type { KnownEntity } from './known-entity';

/** Words before a name that say who someone is, not which one: left out when forms are compared. */
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|president|cardinal)\.?\s+/i;

/** The key a form is compared on: folded (case, accents, apostrophes), honorific and "the" dropped. */
export function matchKey(form: string): string {
  return foldForm(form)
    .replace(/^the\s+/, '')
    .replace(HONORIFICS, '')
    .replace(/\s+/g, ' ');
}

/** The questions linking asks of what is known. */
export interface EntityLookup {
  has(id: string): boolean;
  /** Ids of entities of `type` known by exactly this form (after `matchKey`). */
  idsByForm(type: EntityType, form: string): string[];
  /** Ids of people whose multi-word forms end in this one-word form. */
  idsBySurname(form: string): string[];
}

/**
 * The entities known before an article is linked, looked up by form: by every full form, and
 * for people also by surname (the last word of a multi-word form), for an article that names
 * someone only as "Putin" or "Mr Putin". `add` takes the entities of each draft as it is written,
 * so later articles of one batch link to them instead of defining them again.
 */
export class EntityIndex implements EntityLookup {
  private readonly entities = new Map<string, KnownEntity>();
  private readonly byForm = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();

  constructor(entities: Iterable<KnownEntity> = []) {
    for (const entity of entities) this.add(entity);
  }

  /** Adds an entity, or more forms of one already known (the forms of both are kept). */
  add(entity: KnownEntity): void {
    const earlier = this.entities.get(entity.id);
    this.entities.set(
      entity.id,
      earlier === undefined ? entity : { ...earlier, forms: [...earlier.forms, ...entity.forms] },
    );
    for (const form of [entity.name, ...entity.forms]) {
      const key = matchKey(form);
      if (key.length === 0) continue;
      addTo(this.byForm, `${entity.type}\u0000${key}`, entity.id);
      const words = key.split(' ');
      if (entity.type === 'PERSON' && words.length > 1) addTo(this.bySurname, words.at(-1) as string, entity.id);
    }
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  /**
   * The same index as if the entities `ids` were not in it: an article extracted again must not
   * find its own earlier draft's entities "already known" and mention them instead of defining them.
   */
  without(ids: ReadonlySet<string>): EntityLookup {
    if (ids.size === 0) return this;
    return {
      has: (id) => !ids.has(id) && this.has(id),
      idsByForm: (type, form) => this.idsByForm(type, form).filter((id) => !ids.has(id)),
      idsBySurname: (form) => this.idsBySurname(form).filter((id) => !ids.has(id)),
    };
  }

  idsByForm(type: EntityType, form: string): string[] {
    return [...(this.byForm.get(`${type}\u0000${matchKey(form)}`) ?? [])];
  }

  idsBySurname(form: string): string[] {
    return [...(this.bySurname.get(matchKey(form)) ?? [])];
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, new Set([id]));
  else ids.add(id);
}
