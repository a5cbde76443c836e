import { z } from 'zod';

/**
 * Everything the server, the seed script and the local database launcher can be told through the
 * environment. This is the only module that reads `process.env`; everything else receives a
 * frozen `Config` as an argument.
 */
export interface Config {
  readonly production: boolean;
  readonly logLevel: LogLevel;
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** Origins allowed by CORS; `['*']` allows any. Empty means same-origin only. */
    readonly corsOrigins: readonly string[];
    readonly bodyLimitBytes: number;
    readonly introspection: boolean;
    readonly shutdownGraceMs: number;
    /** After SIGTERM, how long /readyz answers 503 while requests are still served, before the listener closes. */
    readonly shutdownDelayMs: number;
  };
  readonly neo4j: {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly connectionTimeoutMs: number;
    readonly acquisitionTimeoutMs: number;
    readonly transactionTimeoutMs: number;
    readonly maxRetryTimeMs: number;
    readonly maxPoolSize: number;
    /** Set when `uri` points at this machine over plain Bolt, so a local Neo4j may be started. */
    readonly local: LocalNeo4jConfig | null;
  };
  readonly limits: QueryLimits;
  readonly auth: AuthConfig;
  readonly changes: ChangeFeedConfig;
  readonly coreNlp: CoreNlpConfig;
  readonly extract: ExtractConfig;
}

/** Limits of `npm run extract`. */
export interface ExtractConfig {
  /** Largest article text accepted, in bytes; a larger file is refused with its size, nothing written for it. */
  readonly maxArticleBytes: number;
}

/** Where the extractor's NLP engine (Stanford CoreNLP's HTTP server) is, and how long it may take. */
export interface CoreNlpConfig {
  /** Servers to send articles to, round robin; at least one, without a trailing slash. */
  readonly urls: readonly string[];
  /** How long one article may take on one server, annotators and transfer included. */
  readonly timeoutMs: number;
  /** Further attempts after a failed one, each on the next server. */
  readonly retries: number;
  /** Set when the first URL is plain http on this machine, so `npm run nlp:start` may start it. */
  readonly local: LocalCoreNlpConfig | null;
}

export interface LocalCoreNlpConfig {
  readonly port: number;
  /** Holds the server's pid and log files. */
  readonly dataDir: string;
  /** The JVM's largest heap (`-mx`): the engine's memory bound. */
  readonly heap: string;
  /** Requests the server annotates at once. */
  readonly threads: number;
  /** The server's own limit on one request (its `-timeout`), the same as the client's per-article timeout. */
  readonly requestTimeoutMs: number;
  /** The JDK to run it with; null means `java` from PATH. */
  readonly javaHome: string | null;
}

/**
 * How bearer tokens are verified and who may write. At most one key source is set; with none,
 * `devSecretFile` holds a generated HS256 secret outside production, and production refuses writes.
 */
export interface AuthConfig {
  readonly key: AuthKey;
  /** Checked against `iss` when set. */
  readonly issuer: string | null;
  /** Checked against `aud` when set. */
  readonly audience: string | null;
  /** The claim that lists the token's roles (reader, editor, admin). */
  readonly rolesClaim: string;
  /** Reads need a valid token too. */
  readonly requireRead: boolean;
  /** Where the development secret is kept when no key is configured (git-ignored). */
  readonly devSecretFile: string;
  /** Writes each subject may make per `writeRateWindowSeconds`. */
  readonly writeRateLimit: number;
  readonly writeRateWindowSeconds: number;
}

/** The key tokens are verified with; the algorithm is pinned by the kind of key. */
export type AuthKey =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'public-key'; readonly pem: string; readonly algorithm: AsymmetricAlgorithm }
  | { readonly kind: 'jwks'; readonly url: string; readonly algorithm: AsymmetricAlgorithm }
  | { readonly kind: 'none' };

export type AsymmetricAlgorithm = 'RS256' | 'ES256';

/** How each server instance follows the change log for its subscribers. */
export interface ChangeFeedConfig {
  /** How often the change log is polled while anyone is subscribed. */
  readonly pollIntervalMs: number;
}

export interface LocalNeo4jConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly heap: string;
  readonly pageCache: string;
  /** The JDK to run it with; null means `java` from PATH. */
  readonly javaHome: string | null;
}

/** Bounds on arguments and on query shape; out-of-range arguments are errors, never clamped. */
export interface QueryLimits {
  readonly maxPageSize: number;
  readonly maxNeighborhoodDepth: number;
  readonly maxNeighborhoodLimit: number;
  readonly maxPathLength: number;
  readonly maxSearchResults: number;
  readonly maxQueryDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Thrown with every problem found at once, each naming the variable and the bad value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

const boolean = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ['true', 'false', '1', '0', 'yes', 'no'].includes(value), {
    message: 'must be true or false',
  })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const byteSize = z
  .string()
  .trim()
  .regex(/^\d+[kmg]$/i, { message: 'must be a size such as 512m or 2g' });

const neo4jUri = z
  .string()
  .trim()
  .refine((value) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s:]+(:\d+)?\/?$/.test(value), {
    message: 'must look like bolt://host:7687, neo4j://host or neo4j+s://host',
  });

const engineUrls = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((url) => url.trim().replace(/\/+$/, ''))
      .filter((url) => url.length > 0),
  )
  .refine((urls) => urls.length > 0 && urls.every((url) => /^https?:\/\/[^/\s:]+(:\d+)?$/.test(url)), {
    message: 'must be comma-separated http:// or https:// server addresses such as http://127.0.0.1:9000',
  });

const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  HOST: z.string().trim().min(1).optional(),
  // 0 asks the system for a free port (tests use it).
  PORT: integer(0, 65535).optional(),
  CORS_ORIGINS: z.string().optional(),
  BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024).optional(),
  INTROSPECTION: boolean.optional(),
  SHUTDOWN_GRACE_MS: integer(0, 120_000).optional(),
  SHUTDOWN_DELAY_MS: integer(0, 120_000).optional(),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, { message: 'must be a Neo4j database name such as neo4j' })
    .optional(),
  NEO4J_CONNECTION_TIMEOUT_MS: integer(100, 120_000).optional(),
  NEO4J_ACQUISITION_TIMEOUT_MS: integer(100, 120_000).optional(),
  NEO4J_TRANSACTION_TIMEOUT_MS: integer(100, 600_000).optional(),
  NEO4J_MAX_RETRY_TIME_MS: integer(0, 120_000).optional(),
  NEO4J_MAX_POOL_SIZE: integer(1, 1000).optional(),
  NEO4J_LOCAL_DATA: z.string().trim().min(1).optional(),
  NEO4J_LOCAL_HEAP: byteSize.optional(),
  NEO4J_LOCAL_PAGECACHE: byteSize.optional(),
  JAVA_HOME: z.string().trim().min(1).optional(),
  MAX_PAGE_SIZE: integer(1, 10_000).optional(),
  MAX_NEIGHBORHOOD_DEPTH: integer(1, 10).optional(),
  MAX_NEIGHBORHOOD_LIMIT: integer(1, 100_000).optional(),
  MAX_PATH_LENGTH: integer(1, 15).optional(),
  MAX_SEARCH_RESULTS: integer(1, 10_000).optional(),
  MAX_QUERY_DEPTH: integer(2, 100).optional(),
  MAX_ALIASES: integer(1, 1000).optional(),
  MAX_DIRECTIVES: integer(1, 1000).optional(),
  MAX_TOKENS: integer(100, 1_000_000).optional(),
  MAX_COST: integer(1, 10_000_000).optional(),
  AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters (256 bits for HS256)' }).optional(),
  AUTH_JWT_PUBLIC_KEY: z
    .string()
    .refine((value) => value.includes('-----BEGIN PUBLIC KEY-----'), { message: 'must be a PEM (SPKI) public key' })
    .optional(),
  AUTH_JWKS_URL: z.string().url({ message: 'must be an https:// or http:// URL' }).optional(),
  AUTH_JWT_ALGORITHM: z.enum(['RS256', 'ES256']).optional(),
  AUTH_JWT_ISSUER: z.string().trim().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().trim().min(1).optional(),
  AUTH_ROLES_CLAIM: z.string().trim().min(1).optional(),
  AUTH_REQUIRE_READ: boolean.optional(),
  AUTH_DEV_SECRET_FILE: z.string().trim().min(1).optional(),
  WRITE_RATE_LIMIT: integer(1, 1_000_000).optional(),
  WRITE_RATE_WINDOW_SECONDS: integer(1, 86_400).optional(),
  CHANGE_POLL_INTERVAL_MS: integer(20, 60_000).optional(),
  CORENLP_URLS: engineUrls.optional(),
  CORENLP_TIMEOUT_MS: integer(1_000, 600_000).optional(),
  CORENLP_RETRIES: integer(0, 10).optional(),
  CORENLP_LOCAL_DATA: z.string().trim().min(1).optional(),
  CORENLP_LOCAL_HEAP: byteSize.optional(),
  CORENLP_LOCAL_THREADS: integer(1, 64).optional(),
  EXTRACT_MAX_ARTICLE_BYTES: integer(1, 100_000_000).optional(),
});

/** Every environment variable this module reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

const SECRET_VARIABLES: ReadonlySet<string> = new Set(['NEO4J_PASSWORD', 'AUTH_JWT_SECRET']);

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

export const DEFAULT_CORENLP_URL = 'http://127.0.0.1:9000';

/**
 * Reads and validates the configuration. Unset variables take their documented defaults; any
 * set-but-invalid variable is an error, and all such errors are reported together.
 *
 * @throws ConfigError naming each bad variable, what it must be and what it was.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnvironment(env);
  const production = e.NODE_ENV === 'production';
  return deepFreeze({
    production,
    logLevel: e.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    http: httpConfigOf(e, production),
    neo4j: neo4jConfigOf(e),
    limits: limitsOf(e),
    auth: authConfigOf(e),
    changes: { pollIntervalMs: e.CHANGE_POLL_INTERVAL_MS ?? 250 },
    coreNlp: coreNlpOf(e),
    // 200 KB is about 30,000 words, ten times a long feature: past it a file is more likely a
    // dump or a book than an article, and would hold an engine for minutes.
    extract: { maxArticleBytes: e.EXTRACT_MAX_ARTICLE_BYTES ?? 200_000 },
  });
}

type Environment = z.infer<typeof environmentSchema>;

/** The environment checked against the schema, every problem reported at once. */
function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  // Empty strings count as unset, as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        // A secret is never echoed, not even a wrong one: the message may end up in a log.
        const received = SECRET_VARIABLES.has(name)
          ? `a value of ${String(present[name]).length} characters`
          : JSON.stringify(present[name]);
        return `${name} ${issue.message}, but got: ${received}`;
      }),
    );
  }
  const keySources = (['AUTH_JWT_SECRET', 'AUTH_JWT_PUBLIC_KEY', 'AUTH_JWKS_URL'] as const).filter(
    (name) => parsed.data[name] !== undefined,
  );
  if (keySources.length > 1)
    throw new ConfigError([
      `set at most one of AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY, AUTH_JWKS_URL, but got: ${keySources.join(', ')}`,
    ]);
  return parsed.data;
}

function httpConfigOf(e: Environment, production: boolean): Config['http'] {
  return {
    host: e.HOST ?? '127.0.0.1',
    port: e.PORT ?? 4000,
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    bodyLimitBytes: e.BODY_LIMIT_BYTES ?? 1024 * 1024,
    introspection: e.INTROSPECTION ?? !production,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? 10_000,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS ?? 0,
  };
}

function neo4jConfigOf(e: Environment): Config['neo4j'] {
  const uri = e.NEO4J_URI ?? DEFAULT_NEO4J_URI;
  return {
    uri,
    user: e.NEO4J_USER ?? 'neo4j',
    password: e.NEO4J_PASSWORD ?? '',
    database: e.NEO4J_DATABASE ?? 'neo4j',
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS ?? 2_000,
    acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS ?? 3_000,
    transactionTimeoutMs: e.NEO4J_TRANSACTION_TIMEOUT_MS ?? 10_000,
    maxRetryTimeMs: e.NEO4J_MAX_RETRY_TIME_MS ?? 3_000,
    maxPoolSize: e.NEO4J_MAX_POOL_SIZE ?? 100,
    local: localNeo4jFor(uri, e),
  };
}

function limitsOf(e: Environment): Config['limits'] {
  return {
    maxPageSize: e.MAX_PAGE_SIZE ?? 100,
    maxNeighborhoodDepth: e.MAX_NEIGHBORHOOD_DEPTH ?? 3,
    maxNeighborhoodLimit: e.MAX_NEIGHBORHOOD_LIMIT ?? 1000,
    maxPathLength: e.MAX_PATH_LENGTH ?? 8,
    maxSearchResults: e.MAX_SEARCH_RESULTS ?? 100,
    maxQueryDepth: e.MAX_QUERY_DEPTH ?? 10,
    maxAliases: e.MAX_ALIASES ?? 30,
    maxDirectives: e.MAX_DIRECTIVES ?? 30,
    maxTokens: e.MAX_TOKENS ?? 5_000,
    maxCost: e.MAX_COST ?? 50_000,
  };
}

function authConfigOf(e: Environment): Config['auth'] {
  return {
    key: authKeyOf(e),
    issuer: e.AUTH_JWT_ISSUER ?? null,
    audience: e.AUTH_JWT_AUDIENCE ?? null,
    rolesClaim: e.AUTH_ROLES_CLAIM ?? 'roles',
    requireRead: e.AUTH_REQUIRE_READ ?? false,
    devSecretFile: e.AUTH_DEV_SECRET_FILE ?? '.auth-dev-secret',
    writeRateLimit: e.WRITE_RATE_LIMIT ?? 60,
    writeRateWindowSeconds: e.WRITE_RATE_WINDOW_SECONDS ?? 60,
  };
}

function authKeyOf(e: Environment): AuthKey {
  const algorithm = e.AUTH_JWT_ALGORITHM ?? 'RS256';
  if (e.AUTH_JWT_SECRET !== undefined) return { kind: 'secret', secret: e.AUTH_JWT_SECRET };
  // Variables cannot hold newlines in some deploy tools, so a PEM may come with literal "\n".
  if (e.AUTH_JWT_PUBLIC_KEY !== undefined)
    return { kind: 'public-key', pem: e.AUTH_JWT_PUBLIC_KEY.replace(/\\n/g, '\n'), algorithm };
  if (e.AUTH_JWKS_URL !== undefined) return { kind: 'jwks', url: e.AUTH_JWKS_URL, algorithm };
  return { kind: 'none' };
}

/** A local Neo4j is ours to start only when the URI is plain Bolt on the loopback interface. */
function localNeo4jFor(uri: string, e: Environment): LocalNeo4jConfig | null {
  const match = /^bolt:\/\/(127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri);
  if (!match) return null;
  const port = match[2] === undefined ? 7687 : Number(match[2]);
  return {
    port,
    dataDir: e.NEO4J_LOCAL_DATA ?? `.neo4j/port-${port}`,
    heap: e.NEO4J_LOCAL_HEAP ?? '1g',
    pageCache: e.NEO4J_LOCAL_PAGECACHE ?? '512m',
    javaHome: e.JAVA_HOME ?? null,
  };
}

function coreNlpOf(e: Environment): CoreNlpConfig {
  const urls = e.CORENLP_URLS ?? [DEFAULT_CORENLP_URL];
  // The first article on a fresh server also loads the models (30-60 s here), so the limit is generous.
  const timeoutMs = e.CORENLP_TIMEOUT_MS ?? 120_000;
  return {
    urls,
    timeoutMs,
    retries: e.CORENLP_RETRIES ?? 2,
    local: localCoreNlpFor(urls[0] ?? DEFAULT_CORENLP_URL, { e, timeoutMs }),
  };
}

/** A local engine is ours to start only when the first URL is plain http on the loopback interface. */
function localCoreNlpFor(
  url: string,
  { e, timeoutMs }: { e: Environment; timeoutMs: number },
): LocalCoreNlpConfig | null {
  const match = /^http:\/\/(127\.0\.0\.1|localhost)(?::(\d+))?$/.exec(url);
  if (!match) return null;
  const port = match[2] === undefined ? 80 : Number(match[2]);
  return {
    port,
    dataDir: e.CORENLP_LOCAL_DATA ?? `.corenlp/port-${port}`,
    // Tokenize to NER with English models stays near 2.2 GB resident at 2g; coref (the bench's baseline) needs 4g.
    heap: e.CORENLP_LOCAL_HEAP ?? '2g',
    threads: e.CORENLP_LOCAL_THREADS ?? 2,
    requestTimeoutMs: timeoutMs,
    javaHome: e.JAVA_HOME ?? null,
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
