import type { Driver } from 'neo4j-driver';
import { speakerPagesOf, type BenchSamples } from './pick-bench-samples';

/**
 * Samples of the seeded article (seed/data), the small graph a user queries first: it has no
 * synthetic hubs, so they are read from the graph itself. Speakers are the people with the most
 * statements (the peer's side asks `people(where: {id})`), hubs the best connected entities, search texts their
 * names; the timeline and the people pages are taken as on a synthetic graph.
 */
export async function pickSeededSamples(driver: Driver): Promise<BenchSamples> {
  const read = async (cypher: string, parameters: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, parameters, { database: 'neo4j', routing: 'READ' })).records;
  const speakers = await read(
    `MATCH (p:Person) WITH p, COUNT { (p)-[:STATED]->() } AS statements WHERE statements > 0
     RETURN p.id AS id, p.name AS name, statements ORDER BY statements DESC, id LIMIT 6`,
  );
  const hubs = (
    await read(`MATCH (n:Person|Organization|Place) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, id LIMIT 6`)
  ).map((record) => record.get('id') as string);
  if (speakers.length < 2 || hubs.length < 4)
    throw new Error(`The seeded graph has ${speakers.length} speakers and ${hubs.length} hubs; was it loaded?`);
  const at = (index: number) => hubs[index % hubs.length] as string;

  const speakerPages = await speakerPagesOf(read, speakers);
  const people = await read(`MATCH (p:Person) WITH p ORDER BY p.name, p.id RETURN collect(p.name) AS names`);
  const names = (people[0]?.get('names') as string[] | undefined) ?? [];
  return {
    speakers: speakers.map((record) => record.get('id') as string),
    speakerPages,
    hubs,
    hubPairs: [
      [at(0), at(1)],
      [at(2), at(3)],
      [at(0), at(4)],
      [at(1), at(5)],
    ],
    searchTexts: ['sanctions', 'peace talks', ...speakers.map((record) => record.get('name') as string)],
    // The article's 2025 window fits in one page: the first page is the only one.
    timelinePages: [{ after: null, afterOffset: null }],
    peopleFromNames: ['', ...[1, 2, 3].map((part) => names[Math.floor((part * names.length) / 4)] ?? '')],
  };
}
