import { GraphDatabase } from '../../src/graph/graph-database';
import { testConfig } from '../support/test-database';
import { TEST_NEO4J_PORT } from '../support/test-environment';

// Clusters and Aura are reached with neo4j:// URIs: the driver asks the server for a routing
// table and then connects to the addresses it lists, so those must be the server's own.
describe('a neo4j:// routing URI against the local Neo4j', () => {
  let database: GraphDatabase;
  beforeAll(() => {
    database = new GraphDatabase(testConfig({ NEO4J_URI: `neo4j://127.0.0.1:${TEST_NEO4J_PORT}` }).neo4j);
  });
  afterAll(async () => {
    await database.close();
  });

  it('is given a routing table that names the instance itself for reads, writes and routing', async () => {
    const table = await database.read<{ servers: { addresses: string[]; role: string }[] }>(
      'CALL dbms.routing.getRoutingTable({}, "neo4j") YIELD servers RETURN servers',
    );
    const servers = table.records[0]?.get('servers') ?? [];
    expect(servers.map((server) => server.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    for (const server of servers) expect(server.addresses).toEqual([`127.0.0.1:${TEST_NEO4J_PORT}`]);
  });

  it('reads and writes through the routed connections', async () => {
    const id = `probe:routing-${process.pid}`;
    await database.write('MERGE (p:Probe {id: $id})', { id });
    const found = await database.read('MATCH (p:Probe {id: $id}) RETURN count(p) AS n', { id });
    expect(Number(found.records[0]?.get('n'))).toBe(1);
    await database.write('MATCH (p:Probe {id: $id}) DELETE p', { id });
  });
});
