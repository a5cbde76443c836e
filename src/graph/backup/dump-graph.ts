import type { GraphDatabase } from '../graph-database';
import { encodeProperties, type BackupEntry } from './backup-entry';
import { HOLD_CHANGE_LOG, READ_ALL_NODES, READ_ALL_RELATIONSHIPS } from './backup-statements';

/** How many entries of each kind a dump wrote. */
export interface DumpCounts {
  nodes: number;
  relationships: number;
}

/**
 * Hands every node and relationship of the database to `emit`, one at a time as Neo4j streams
 * them, in one transaction that holds the change log's lock (see HOLD_CHANGE_LOG), so what is
 * emitted is one state of the graph: nodes with every property (sources' texts included), the
 * change log's records, touches and counter, merged ids, then relationships by their ends' ids.
 * Nothing is written. Throws, naming the node or relationship, on a value a backup cannot carry
 * or a relationship whose end has no `id`.
 */
export async function dumpGraph(
  database: GraphDatabase,
  { emit, timeoutMs }: { emit: (entry: BackupEntry) => Promise<void>; timeoutMs: number },
): Promise<DumpCounts> {
  return database.inExplicitTransaction({ commit: false, timeoutMs }, async (tx) => {
    await tx.run(HOLD_CHANGE_LOG);
    const counts: DumpCounts = { nodes: 0, relationships: 0 };
    for await (const record of tx.stream(READ_ALL_NODES)) {
      const properties = record.get('properties') as Record<string, unknown>;
      const labels = [...(record.get('labels') as string[])].sort();
      const where = `node ${JSON.stringify(properties.id ?? properties.sequence ?? labels)}`;
      await emit({ kind: 'node', labels, properties: encodeProperties(properties, where) });
      counts.nodes += 1;
    }
    for await (const record of tx.stream(READ_ALL_RELATIONSHIPS)) {
      const [type, from, to] = [record.get('type'), record.get('from'), record.get('to')] as unknown[];
      const where = `relationship ${String(type)} from ${String(from)} to ${String(to)}`;
      if (typeof from !== 'string' || typeof to !== 'string')
        throw new Error(`${where}: both ends must have an id to be backed up`);
      const properties = encodeProperties(record.get('properties') as Record<string, unknown>, where);
      await emit({ kind: 'relationship', type: String(type), from, to, properties });
      counts.relationships += 1;
    }
    return counts;
  });
}
