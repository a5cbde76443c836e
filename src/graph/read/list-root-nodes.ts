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

// Undated events sort after every date; the key is a string, so '~' (after all digits) serves.
const LIST_EVENTS = `
  CALL () {
    MATCH (x:Event)
    WHERE ($from IS NULL OR x.endsOn >= $from) AND ($to IS NULL OR x.startsOn <= $to)
    RETURN count(x) AS total
  }
  CALL () {
    MATCH (m:Event)
    WHERE ($from IS NULL OR m.endsOn >= $from) AND ($to IS NULL OR m.startsOn <= $to)
    WITH m, coalesce(m.startsOn, '~') AS startsOn
    WHERE $after IS NULL OR [startsOn, m.id] > $after
    WITH m, startsOn ORDER BY startsOn, m.id LIMIT $limit
    RETURN collect({node: ${projectNode('m')}, key: [startsOn, m.id]}) AS page
  }
  RETURN page, total`;

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
  return readPage(database, LIST_EVENTS, { from: window.from, to: window.to, after: request.after }, request);
}
