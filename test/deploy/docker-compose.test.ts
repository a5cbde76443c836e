import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/config/load-config';

// Docker cannot run on our machines, so this reads the compose file the way Compose would and
// checks it against the code it deploys.
const root = path.resolve(__dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: string | { context: string; dockerfile: string };
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }>;
      healthcheck?: unknown;
      command?: string[];
    }
  >;
};

describe('docker-compose.yml', () => {
  it('defines the database, a one-shot seed, the server and the extraction engine', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['corenlp', 'neo4j', 'seed', 'server']);
  });

  it('builds the engine from the same pom that npm run nlp:start fetches CoreNLP with, and checks its health', () => {
    const engine = compose.services.corenlp;
    expect(engine?.build).toEqual({ context: '.', dockerfile: 'nlp/Dockerfile' });
    expect(engine?.healthcheck).toBeDefined();
    const dockerfile = readFileSync(path.join(root, 'nlp/Dockerfile'), 'utf8');
    expect(dockerfile).toContain('COPY nlp/pom.xml');
    expect(dockerfile).toContain('edu.stanford.nlp.pipeline.StanfordCoreNLPServer');
  });

  it('runs Neo4j 5.26 Community with a health check', () => {
    expect(compose.services.neo4j?.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j?.healthcheck).toBeDefined();
  });

  it('gives the seed and the server only environment variables the config module reads', () => {
    for (const name of ['seed', 'server']) {
      const environment = compose.services[name]?.environment ?? {};
      expect(Object.keys(environment).length).toBeGreaterThan(0);
      for (const variable of Object.keys(environment)) expect(CONFIG_VARIABLES).toContain(variable);
      expect(environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    }
  });

  it('starts the server after Neo4j is healthy and the seed has completed', () => {
    expect(compose.services.server?.depends_on).toEqual({
      neo4j: { condition: 'service_healthy' },
      seed: { condition: 'service_completed_successfully' },
    });
    expect(compose.services.seed?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('builds from a Dockerfile that runs the same entry points as npm start and npm run seed', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const scripts = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.start).toContain('src/main.ts');
    expect(dockerfile).toContain('src/main.ts');
    expect(scripts.seed).toContain('seed/cli.ts');
    expect(compose.services.seed?.command).toContain('seed/cli.ts');
  });
});
