import type { GraphDatabase } from '../graph-database';
import { projectNode } from '../node-record';
import { readPage, type Page, type PageRequest } from './page';

/** The labels listed by name at the root; labels come from this fixed table only. */
const BY_NAME_LABELS = { people: 'Person', organizations: 'Organization', places: 'Place' } as const;
export type NamedListName = keyof typeof BY_NAME_LABELS;

// `m.name >= $afterName` keeps the scan on the name index and in its order; the second condition
// skips the items of the cursor's name already shown.
const NAMED_QUERIES = Object.fromEntries(
  Object.entries(BY_NAME_LABELS).map(([name, label]) => [
    name,
    `CALL () { MATCH (x:${label}) RETURN count(x) AS total }
     CALL () {
       MATCH (m:${label})
       WHERE m.name >= $afterName AND (m.name > $afterName OR m.id > $afterId)
       WITH m ORDER BY m.name, m.id LIMIT $limit
       RETURN collect({node: ${projectNode('m')}, key: [m.name, m.id]}) AS page
     }
     RETURN page, total`,
  ]),
) as Record<NamedListName, string>;

/** People, organizations or places ordered by name (then id). */
export function listNamedNodes(database: GraphDatabase, list: NamedListName, request: PageRequest): Promise<Page> {
  const [afterName = '', afterId = ''] = request.after ?? [];
  return readPage(database, NAMED_QUERIES[list], { afterName, afterId }, request);
}

const LIST_SOURCES = `
  CALL () { MATCH (x:Source) RETURN count(x) AS total }
  CALL () {
    MATCH (m:Source)
    WITH m, coalesce(m.published, '') AS published
    WHERE $after IS NULL OR [published, m.id] > $after
    WITH m, published ORDER BY published, m.id LIMIT $limit
    RETURN collect({node: ${projectNode('m')}, key: [published, m.id]}) AS page
  }
  RETURN page, total`;

/** Sources ordered by publication date (undated first), then id. */
export function listSources(database: GraphDatabase, request: PageRequest): Promise<Page> {
  return readPage(database, LIST_SOURCES, { after: request.after }, request);
}

// Without a window, undated events are listed too (after the dated ones), which no index
// serves; this listing is not on the hot path and keeps the plain form.
const LIST_ALL_EVENTS = `
  CALL () { MATCH (x:Event) RETURN count(x) AS total }
  CALL () {
    MATCH (m:Event)
    WITH m, coalesce(m.startsOn, '~') AS startsOn
    WHERE $afterDay IS NULL OR [startsOn, m.id] > [$afterDay, $afterId]
    WITH m, startsOn ORDER BY startsOn, m.id LIMIT $limit
    RETURN collect({node: ${projectNode('m')}, key: [startsOn, m.id]}) AS page
  }
  RETURN page, total`;

// Undated events sort after every date; the key is a string, so '~' (after all digits) serves.
// One query text per window shape: `$from IS NULL OR …` in one text keeps the planner on a scan
// of every event, while a text with only the bounds present seeks the startsOn index.
// The cursor is written as a range on startsOn (`>= $afterDay`) plus a tie-break on id, so the
// seek starts at the cursor and the index's order serves the ORDER BY (a partial sort by id
// within one day instead of a sort of the whole window).
function eventsQuery(shape: { readonly from: boolean; readonly to: boolean; readonly after: boolean }): string {
  const window = [shape.to ? 'x.startsOn <= $to' : '', shape.from ? 'x.endsOn >= $from' : ''].filter(
    (condition) => condition !== '',
  );
  if (window.length === 0) return LIST_ALL_EVENTS;
  // A window only admits dated events; `IS NOT NULL` lets a from-only window use the index too.
  const dated = shape.to ? window : ['x.startsOn IS NOT NULL', ...window];
  const cursor = shape.after ? ['m.startsOn >= $afterDay', '(m.startsOn > $afterDay OR m.id > $afterId)'] : [];
  const where = (variable: string, extra: readonly string[]) =>
    [...dated.map((condition) => condition.replaceAll('x.', `${variable}.`)), ...extra].join(' AND ');
  return `
  CALL () { MATCH (x:Event) WHERE ${where('x', [])} RETURN count(x) AS total }
  CALL () {
    MATCH (m:Event)
    WHERE ${where('m', cursor)}
    WITH m ORDER BY m.startsOn, m.id LIMIT $limit
    RETURN collect({node: ${projectNode('m')}, key: [m.startsOn, m.id]}) AS page
  }
  RETURN page, total`;
}

const EVENTS_QUERIES = new Map<string, string>(
  [false, true].flatMap((from) =>
    [false, true].flatMap((to) =>
      [false, true].map((after) => [`${from}/${to}/${after}`, eventsQuery({ from, to, after })] as const),
    ),
  ),
);

export interface EventWindow {
  /** First day of the window (YYYY-MM-DD), or null for no lower bound. */
  readonly from: string | null;
  /** Last day of the window (YYYY-MM-DD), or null for no upper bound. */
  readonly to: string | null;
}

/**
 * Events in chronological order (by first day, then id; undated last). With a window, only
 * dated events whose days overlap it.
 */
export function listEvents(database: GraphDatabase, window: EventWindow, request: PageRequest): Promise<Page> {
  const [afterDay = null, afterId = null] = request.after ?? [];
  const shape = `${window.from !== null}/${window.to !== null}/${request.after !== null}`;
  const query = EVENTS_QUERIES.get(shape) as string;
  return readPage(database, query, { from: window.from, to: window.to, afterDay, afterId }, request);
}
