import { ConfigError, loadConfig } from '../src/config/load-config';
import { localNeo4jState, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j';

/** `npm run db:start|db:stop|db:status`: manages the local Neo4j named by NEO4J_URI. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const local = config.neo4j.local;
  if (local === null) {
    console.log(`NEO4J_URI is ${config.neo4j.uri}, not a local Bolt address: there is no local Neo4j to manage.`);
    return command === 'status' ? 0 : 1;
  }
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'start':
      await startLocalNeo4j(local, print);
      return 0;
    case 'stop':
      await stopLocalNeo4j(local, print);
      return 0;
    case 'status': {
      const state = await localNeo4jState(local);
      if (state.kind === 'running') console.log(`running (pid ${state.pid}) at ${state.uri}`);
      else if (state.kind === 'foreign') console.log(`a Neo4j not started by this project answers at ${state.uri}`);
      else console.log(`stopped (nothing answers at ${state.uri})`);
      return state.kind === 'stopped' ? 3 : 0;
    }
    default:
      console.error(`usage: tsx db/cli.ts start|stop|status, but got: ${JSON.stringify(command)}`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
