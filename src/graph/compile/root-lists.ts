import type { ParameterBinder, PageArguments } from './bind-parameters';

/**
 * The root connections other than claims: the page query of each, around an item projection
 * `item` of node `m` (see projectPageItem). Labels come from this fixed table only. Each text
 * ends in `RETURN {items, first, afterGiven[, total]} AS result`.
 */
const BY_NAME_LABELS = { people: 'Person', organizations: 'Organization', places: 'Place' } as const;
export type NamedListName = keyof typeof BY_NAME_LABELS;

export function isNamedList(field: string): field is NamedListName {
  return field in BY_NAME_LABELS;
}

function result(prefix: string, afterGiven: boolean, withTotal: boolean): string {
  const total = withTotal ? ', total: total' : '';
  return `RETURN {items: items, first: $${prefix}_first, afterGiven: ${afterGiven}${total}} AS result`;
}

// `m.name >= $afterName` keeps the scan on the name index and in its order; the second condition
// skips the items of the cursor's name already shown.
export function namedListQuery(list: NamedListName, item: string, prefix: string, after: boolean, withTotal: boolean) {
  const label = BY_NAME_LABELS[list];
  return `${withTotal ? `CALL () { MATCH (x:${label}) RETURN count(x) AS total }` : ''}
     CALL () {
       MATCH (m:${label})
       WHERE m.name >= $${prefix}_afterName AND (m.name > $${prefix}_afterName OR m.id > $${prefix}_afterId)
       WITH m ORDER BY m.name, m.id LIMIT $${prefix}_limit
       RETURN collect(${item}) AS items
     }
     ${result(prefix, after, withTotal)}`;
}

/** People, organizations and places page by `[name, id]`; the first page starts at ''. */
export function bindNamedList(prefix: string, page: PageArguments, binder: ParameterBinder): void {
  binder.bindPage(prefix, { first: page.first, after: page.after ?? ['', ''] }, ['afterName', 'afterId']);
}

export function sourcesQuery(item: string, prefix: string, after: boolean, withTotal: boolean): string {
  return `${withTotal ? 'CALL () { MATCH (x:Source) RETURN count(x) AS total }' : ''}
  CALL () {
    MATCH (m:Source)
    WITH m, coalesce(m.published, '') AS published
    ${after ? `WHERE [published, m.id] > [$${prefix}_afterPublished, $${prefix}_afterId]` : ''}
    WITH m, published ORDER BY published, m.id LIMIT $${prefix}_limit
    RETURN collect(${item}) AS items
  }
  ${result(prefix, after, withTotal)}`;
}

/** Sources page by `[published or '', id]`. */
export function bindSources(prefix: string, page: PageArguments, binder: ParameterBinder): void {
  binder.bindPage(prefix, page, ['afterPublished', 'afterId']);
}

/** The window of the events list, as whole days (YYYY-MM-DD). */
export interface EventWindowArguments extends PageArguments {
  readonly from?: string;
  readonly to?: string;
}

// Without a window, undated events are listed too (after the dated ones, as '~' sorts after
// every digit), which no index serves; this listing is not on the hot path.
function allEventsQuery(item: string, prefix: string, after: boolean, withTotal: boolean): string {
  return `${withTotal ? 'CALL () { MATCH (x:Event) RETURN count(x) AS total }' : ''}
  CALL () {
    MATCH (m:Event)
    WITH m, coalesce(m.startsOn, '~') AS startsOn
    ${after ? `WHERE [startsOn, m.id] > [$${prefix}_afterDay, $${prefix}_afterId]` : ''}
    WITH m, startsOn ORDER BY startsOn, m.id LIMIT $${prefix}_limit
    RETURN collect(${item}) AS items
  }
  ${result(prefix, after, withTotal)}`;
}

// One query text per window shape: `$from IS NULL OR …` in one text keeps the planner on a scan
// of every event, while a text with only the bounds present seeks the startsOn index.
// The cursor is written as a range on startsOn (`>= $afterDay`) plus a tie-break on id, so the
// seek starts at the cursor and the index's order serves the ORDER BY (a partial sort by id
// within one day instead of a sort of the whole window).
export function eventsQuery(
  item: string,
  prefix: string,
  shape: { readonly from: boolean; readonly to: boolean; readonly after: boolean },
  withTotal: boolean,
): string {
  const window = [shape.to ? `x.startsOn <= $${prefix}_to` : '', shape.from ? `x.endsOn >= $${prefix}_from` : ''];
  const bounds = window.filter((condition) => condition !== '');
  if (bounds.length === 0) return allEventsQuery(item, prefix, shape.after, withTotal);
  // A window only admits dated events; `IS NOT NULL` lets a from-only window use the index too.
  const dated = shape.to ? bounds : ['x.startsOn IS NOT NULL', ...bounds];
  const cursor = shape.after
    ? [`m.startsOn >= $${prefix}_afterDay`, `(m.startsOn > $${prefix}_afterDay OR m.id > $${prefix}_afterId)`]
    : [];
  const where = (variable: string, extra: readonly string[]) =>
    [...dated.map((condition) => condition.replaceAll('x.', `${variable}.`)), ...extra].join(' AND ');
  return `${withTotal ? `CALL () { MATCH (x:Event) WHERE ${where('x', [])} RETURN count(x) AS total }` : ''}
  CALL () {
    MATCH (m:Event)
    WHERE ${where('m', cursor)}
    WITH m ORDER BY m.startsOn, m.id LIMIT $${prefix}_limit
    RETURN collect(${item}) AS items
  }
  ${result(prefix, shape.after, withTotal)}`;
}

/** Events page by `[first day, id]`, within the window's days. */
export function bindEvents(prefix: string, window: EventWindowArguments, binder: ParameterBinder): void {
  binder.bindPage(prefix, window, ['afterDay', 'afterId']);
  binder.parameters[`${prefix}_from`] = window.from ?? null;
  binder.parameters[`${prefix}_to`] = window.to ?? null;
}
