import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { listSyntheticHubs } from '../scripts/synthetic/synthetic-hubs';

/** The ids and texts the operations are run with, taken from the loaded graph. */
export interface BenchSamples {
  /** People who stated claims: a few hubs, then long-tail people from all over the graph. */
  readonly speakers: readonly string[];
  /**
   * Pages of claims by speaker: the first page, or the page after the claim id `after`, which is
   * the claim at `afterOffset` (0-based) in id order (the peer's cursors are offsets).
   */
  readonly speakerPages: readonly {
    readonly speaker: string;
    readonly after: string | null;
    readonly afterOffset: number | null;
  }[];
  /** Neighbourhood centres: the most mentioned heads of state, country and capital. */
  readonly hubs: readonly string[];
  readonly hubPairs: readonly (readonly [string, string])[];
  readonly searchTexts: readonly string[];
  /**
   * Pages of the 2025 timeline: the first, or the one after the event with this [startsOn, id]
   * key, which is the event at `afterOffset` (0-based) of the window in that order.
   */
  readonly timelinePages: readonly {
    readonly after: readonly [string, string] | null;
    readonly afterOffset: number | null;
  }[];
  /**
   * Pages of people by name: the people whose name is `fromName` or after, in name order (the
   * first page from ''; the others from names spread over the whole list).
   */
  readonly peopleFromNames: readonly string[];
}

export const TIMELINE_WINDOW = { from: '2025-01-01', to: '2025-12-31' } as const;
const PAGE_SIZE = 20;
const TIMELINE_PAGE_SIZE = 50;
/** How many pages of people, spread over the name order. */
const PEOPLE_PAGES = 8;

/**
 * Picks samples from a graph made by scripts/generate-articles.ts with `articles` articles. Long
 * -tail people are taken from articles spread over the whole range, so lookups touch old and new
 * parts of the store alike.
 */
export async function pickBenchSamples(driver: Driver, articles: number): Promise<BenchSamples> {
  const hubs = listSyntheticHubs();
  const heads = hubs.headsOfState.map((hub) => hub.id);
  const read = async (cypher: string, parameters: Record<string, unknown>) =>
    (await driver.executeQuery(cypher, parameters, { database: 'neo4j', routing: 'READ' })).records;

  const candidates = Array.from({ length: 16 }, (_, index) => 1 + Math.floor((index * (articles - 1)) / 15)).flatMap(
    (article) => [`person:synthetic-a${article}-p1`, `person:synthetic-a${article}-p2`],
  );
  const stated = await read(
    `UNWIND $ids AS id MATCH (p:Node {id: id})
     RETURN id, p.name AS name, COUNT { (p)-[:STATED]->() } AS statements`,
    { ids: [...heads.slice(0, 4), ...candidates] },
  );
  const speakers = stated.filter((record) => Number(record.get('statements')) > 0);
  const longTail = speakers.filter((record) => !heads.includes(record.get('id') as string)).slice(0, 12);
  const chosen = [...speakers.filter((record) => heads.includes(record.get('id') as string)), ...longTail];
  if (chosen.length < 4)
    throw new Error(`Expected at least 4 speakers in the synthetic graph, but found ${chosen.length}; was it loaded?`);

  const speakerPages = await speakerPagesOf(read, chosen);

  const timelinePages: { after: [string, string] | null; afterOffset: number | null }[] = [
    { after: null, afterOffset: null },
  ];
  for (const skip of [TIMELINE_PAGE_SIZE - 1, 2 * TIMELINE_PAGE_SIZE - 1]) {
    const [key] = await read(
      `MATCH (m:Event) WHERE m.endsOn >= $from AND m.startsOn <= $to
       WITH m ORDER BY m.startsOn, m.id SKIP $skip LIMIT 1 RETURN [m.startsOn, m.id] AS key`,
      { ...TIMELINE_WINDOW, skip: neo4j.int(skip) },
    );
    if (key !== undefined) timelinePages.push({ after: key.get('key') as [string, string], afterOffset: skip });
  }

  const people = await read(
    `MATCH (p:Person) WITH p ORDER BY p.name, p.id
     WITH collect(p.name) AS names
     RETURN [index IN range(1, $pages - 1) | names[toInteger(index * size(names) / $pages)]] AS names`,
    { pages: neo4j.int(PEOPLE_PAGES) },
  );
  const peopleFromNames = ['', ...((people[0]?.get('names') as string[] | undefined) ?? [])];

  const [country, capital, organization] = [hubs.countries[0], hubs.capitals[0], hubs.organizations[0]].map(
    (hub) => hub?.id as string,
  );
  const at = (index: number) => heads[index] as string;
  return {
    speakers: chosen.map((record) => record.get('id') as string),
    speakerPages,
    hubs: [at(0), at(1), at(2), at(3), country as string, capital as string],
    hubPairs: [
      [at(0), at(1)],
      [at(2), at(3)],
      [at(0), hubs.capitals[1]?.id as string],
      [country as string, at(2)],
      [capital as string, hubs.capitals[2]?.id as string],
      [at(1), organization as string],
    ],
    searchTexts: [
      'Venn',
      'Norvania',
      'grain exports',
      'pipeline contract',
      'Vesholm',
      'Marow',
      'Harbour',
      ...longTail.slice(0, 4).map((record) => record.get('name') as string),
    ],
    timelinePages,
    peopleFromNames,
  };
}

/** Runs a read of the sample graph and gives its records. */
export type SampleRead = (cypher: string, parameters: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/**
 * A speaker's first page for each of `speakers` (records with `id` and `statements`), and its
 * second page (the cursor after the first PAGE_SIZE claims) for those with more claims than that.
 */
export async function speakerPagesOf(
  read: SampleRead,
  speakers: readonly Neo4jRecord[],
): Promise<BenchSamples['speakerPages']> {
  const speakerPages: { speaker: string; after: string | null; afterOffset: number | null }[] = [];
  for (const record of speakers) {
    const speaker = record.get('id') as string;
    speakerPages.push({ speaker, after: null, afterOffset: null });
    if (Number(record.get('statements')) > PAGE_SIZE) {
      const [cursor] = await read(
        `MATCH (:Node {id: $speaker})-[:STATED]->(m:Claim) WITH m ORDER BY m.id SKIP $skip LIMIT 1 RETURN m.id AS id`,
        { speaker, skip: neo4j.int(PAGE_SIZE - 1) },
      );
      if (cursor !== undefined)
        speakerPages.push({ speaker, after: cursor.get('id') as string, afterOffset: PAGE_SIZE - 1 });
    }
  }
  return speakerPages;
}
