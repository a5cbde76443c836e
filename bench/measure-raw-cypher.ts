import type { Driver } from 'neo4j-driver';
import type { LoadShape } from './measure-graphql';
import type { RawQueries } from './operation-sides';
import { summarizeLatencies, type LatencySummary } from './summarize-latencies';

/**
 * The floor: an operation's hand-written Cypher sent straight through the driver by
 * `connections` concurrent loops for `durationSeconds`, each waiting for its answer before
 * sending the next (as an autocannon connection does), cycling through the same samples.
 */
export async function measureRawCypher(driver: Driver, raw: RawQueries, shape: LoadShape): Promise<LatencySummary> {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + shape.durationSeconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const parameters = raw.parameterSets[next % raw.parameterSets.length] as Record<string, unknown>;
      next += 1;
      const sent = performance.now();
      await driver.executeQuery(raw.cypher, parameters, { database: 'neo4j', routing: 'READ' });
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: shape.connections }, loop));
  return summarizeLatencies(latencies, (performance.now() - started) / 1000);
}
