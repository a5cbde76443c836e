import { ConfigError, loadConfig } from '../src/config/load-config';
import { localCoreNlpState, startLocalCoreNlp, stopLocalCoreNlp } from './local-corenlp';

/** `npm run nlp:start|nlp:stop|nlp:status`: manages the local CoreNLP named by the first of CORENLP_URLS. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const local = config.coreNlp.local;
  if (local === null) {
    console.log(
      `CORENLP_URLS starts with ${config.coreNlp.urls[0] ?? '(none)'}, not a local http:// address: there is no local CoreNLP to manage.`,
    );
    return command === 'status' ? 0 : 1;
  }
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'start':
      await startLocalCoreNlp(local, print);
      return 0;
    case 'stop':
      await stopLocalCoreNlp(local, print);
      return 0;
    case 'status': {
      const state = await localCoreNlpState(local);
      if (state.kind === 'running') console.log(`running (pid ${state.pid}) at ${state.url}`);
      else if (state.kind === 'foreign') console.log(`a CoreNLP not started by this project answers at ${state.url}`);
      else console.log(`stopped (nothing answers at ${state.url})`);
      return state.kind === 'stopped' ? 3 : 0;
    }
    default:
      console.error(`usage: tsx nlp/cli.ts start|stop|status, but got: ${JSON.stringify(command)}`);
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
