import { firstDayOf, lastDayOf, precisionOf } from './partial-dates';
import type { EventEntry } from './seed-file-schema';

/** The stored properties of a person, organization or place entry (besides those of its own type). */
export function toEntityProperties(entry: {
  id: string;
  name: string;
  aliases: string[];
  /** Names from outside the sources; an API write that gives none stores an empty list. */
  otherNames?: string[] | undefined;
  description?: string | undefined;
}) {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases,
    otherNames: entry.otherNames ?? [],
    description: entry.description ?? null,
  };
}

/** What an event's stored properties are computed from: its entry without the relationships. */
export type EventFields = Pick<
  EventEntry,
  'id' | 'name' | 'aliases' | 'kind' | 'description' | 'status' | 'date' | 'endDate' | 'dateText'
>;

/**
 * The stored properties of an event, with its dates checked: each a calendar date, an end date
 * only after a start date and not before it. Problems are added to `problems` as `where.field: …`.
 */
export function toEventProperties(event: EventFields, where: string, problems: string[]) {
  const precision = event.date === undefined ? null : precisionOf(event.date);
  if (event.date !== undefined && precision === null)
    problems.push(`${where}.date: "${event.date}" is not a calendar date`);
  if (event.endDate !== undefined) {
    if (event.date === undefined) problems.push(`${where}.endDate: an end date needs a "date" to start from`);
    else if (precisionOf(event.endDate) === null)
      problems.push(`${where}.endDate: "${event.endDate}" is not a calendar date`);
    else if (precision !== null && lastDayOf(event.endDate) < firstDayOf(event.date))
      problems.push(`${where}.endDate: "${event.endDate}" is before date "${event.date}"`);
  }
  return {
    id: event.id,
    name: event.name,
    aliases: event.aliases,
    kind: event.kind,
    description: event.description ?? null,
    status: event.status.toUpperCase(),
    date: event.date ?? null,
    endDate: event.endDate ?? null,
    datePrecision: precision,
    dateText: event.dateText ?? null,
    // Whole days covered, for timeline filters and ordering and for Gephi's time intervals.
    startsOn: event.date === undefined ? null : firstDayOf(event.date),
    endsOn: event.date === undefined ? null : lastDayOf(event.endDate ?? event.date),
  };
}
