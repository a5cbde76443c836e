import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config/load-config';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  describe('defaults', () => {
    it('uses a local Bolt URI, port 4000 and a local database to start when nothing is set', () => {
      const config = loadConfig({});
      expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
      expect(config.neo4j.database).toBe('neo4j');
      expect(config.http.port).toBe(4000);
      expect(config.neo4j.local).toEqual({
        port: 7687,
        dataDir: '.neo4j/port-7687',
        heap: '1g',
        pageCache: '512m',
        javaHome: null,
      });
      expect(config.production).toBe(false);
      expect(config.http.introspection).toBe(true);
    });

    it('treats an empty variable as unset', () => {
      expect(loadConfig({ PORT: '' }).http.port).toBe(4000);
    });

    it('turns introspection off by default in production', () => {
      expect(loadConfig({ NODE_ENV: 'production' }).http.introspection).toBe(false);
      expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).http.introspection).toBe(true);
    });

    it("returns a frozen object, so no module can change another one's view of it", () => {
      const config = loadConfig({});
      expect(Object.isFrozen(config)).toBe(true);
      expect(Object.isFrozen(config.neo4j)).toBe(true);
      expect(Object.isFrozen(config.limits)).toBe(true);
    });
  });

  describe('good values', () => {
    it('accepts every documented variable', () => {
      const config = loadConfig({
        NEO4J_URI: 'neo4j+s://abc123.databases.neo4j.io',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 's3cret',
        NEO4J_DATABASE: 'news',
        PORT: '8080',
        CORS_ORIGINS: 'https://a.example, https://b.example',
        MAX_PAGE_SIZE: '50',
      });
      expect(config.neo4j).toMatchObject({
        uri: 'neo4j+s://abc123.databases.neo4j.io',
        user: 'reader',
        password: 's3cret',
        database: 'news',
      });
      expect(config.http.port).toBe(8080);
      expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
      expect(config.limits.maxPageSize).toBe(50);
    });

    it('starts nothing locally when NEO4J_URI points at a cluster, Aura or another host', () => {
      expect(loadConfig({ NEO4J_URI: 'neo4j://cluster.internal:7687' }).neo4j.local).toBeNull();
      expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.local).toBeNull();
      expect(loadConfig({ NEO4J_URI: 'bolt://neo4j:7687' }).neo4j.local).toBeNull();
    });

    it('takes PORT=0 to mean any free port', () => {
      expect(loadConfig({ PORT: '0' }).http.port).toBe(0);
    });

    it('manages a local Neo4j on the port of a loopback Bolt URI', () => {
      expect(loadConfig({ NEO4J_URI: 'bolt://localhost:17687' }).neo4j.local?.port).toBe(17687);
    });
  });

  describe('bad values', () => {
    it.each([
      ['PORT', 'abc', 'PORT must be a whole number from 0 to 65535, but got: "abc"'],
      ['PORT', '70000', 'PORT must be at most 65535, but got: "70000"'],
      [
        'NEO4J_URI',
        'http://localhost:7474',
        'NEO4J_URI must look like bolt://host:7687, neo4j://host or neo4j+s://host, but got: "http://localhost:7474"',
      ],
      [
        'NEO4J_DATABASE',
        'no spaces allowed',
        'NEO4J_DATABASE must be a Neo4j database name such as neo4j, but got: "no spaces allowed"',
      ],
      ['INTROSPECTION', 'maybe', 'INTROSPECTION must be true or false, but got: "maybe"'],
      ['NEO4J_LOCAL_HEAP', 'lots', 'NEO4J_LOCAL_HEAP must be a size such as 512m or 2g, but got: "lots"'],
      ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
      ['MAX_PAGE_SIZE', '-5', 'MAX_PAGE_SIZE must be a whole number from 1 to 10000, but got: "-5"'],
      ['NEO4J_TRANSACTION_TIMEOUT_MS', '5', 'NEO4J_TRANSACTION_TIMEOUT_MS must be at least 100, but got: "5"'],
    ])('rejects %s=%s with a message naming it', (name, value, message) => {
      const problems = problemsOf({ [name]: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(message);
      expect(problems[0]).toContain(JSON.stringify(value));
    });

    it('reports every bad variable at once', () => {
      const problems = problemsOf({ PORT: 'x', NEO4J_URI: 'nope', MAX_COST: '0' });
      expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual(['MAX_COST', 'NEO4J_URI', 'PORT']);
    });

    it('says in its message how to fix the configuration', () => {
      expect(() => loadConfig({ PORT: 'x' })).toThrow(/Invalid configuration:\n {2}- PORT must be/);
    });
  });

  it('lists the variables it reads, for the deployment files to be checked against', () => {
    expect(CONFIG_VARIABLES).toEqual(
      expect.arrayContaining(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'PORT']),
    );
  });
});

describe('loadConfig: authentication', () => {
  it('verifies nothing, reads publicly and allows 60 writes a minute when no auth variable is set', () => {
    expect(loadConfig({}).auth).toMatchObject({
      key: { kind: 'none' },
      issuer: null,
      audience: null,
      rolesClaim: 'roles',
      requireRead: false,
      writeRateLimit: 60,
      writeRateWindowSeconds: 60,
    });
  });

  it('pins the algorithm to the kind of key', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(32) }).auth.key).toEqual({
      kind: 'secret',
      secret: 'x'.repeat(32),
    });
    expect(loadConfig({ AUTH_JWKS_URL: 'https://id.example/jwks.json', AUTH_JWT_ALGORITHM: 'ES256' }).auth.key).toEqual(
      {
        kind: 'jwks',
        url: 'https://id.example/jwks.json',
        algorithm: 'ES256',
      },
    );
  });

  it('refuses two key sources at once, naming both', () => {
    expect(problemsOf({ AUTH_JWT_SECRET: 'x'.repeat(32), AUTH_JWKS_URL: 'https://id.example/jwks.json' })).toEqual([
      'set at most one of AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY, AUTH_JWKS_URL, but got: AUTH_JWT_SECRET, AUTH_JWKS_URL',
    ]);
  });

  it('refuses a short secret without echoing it', () => {
    const [problem] = problemsOf({ AUTH_JWT_SECRET: 'short-secret' });
    expect(problem).toMatch(/^AUTH_JWT_SECRET must be at least 32 characters/);
    expect(problem).not.toContain('short-secret');
  });

  it('refuses a public key that is not PEM', () => {
    expect(problemsOf({ AUTH_JWT_PUBLIC_KEY: 'abc' })[0]).toMatch(
      /^AUTH_JWT_PUBLIC_KEY must be a PEM \(SPKI\) public key/,
    );
  });
});
