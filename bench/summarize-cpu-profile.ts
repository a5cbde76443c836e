/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) that the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string };
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

interface StageRule {
  readonly stage: string;
  readonly test: (url: string, name: string) => boolean;
}

/**
 * The stages of a request, each recognised by the file (or V8 pseudo-frame) its CPU time is
 * spent in: a sample belongs to the stage of its own frame or of its nearest caller that one
 * owns, so time in graphql-js's parser called from Apollo is the parse, not Apollo's.
 */
const STAGES: readonly StageRule[] = [
  { stage: 'garbage collection', test: (_url, name) => name === '(garbage collector)' },
  { stage: 'document parse', test: (url) => /graphql\/language\//.test(url) },
  { stage: 'validation and depth/alias limits', test: (url) => /graphql\/validation\/|graphql-armor/.test(url) },
  { stage: 'cost limit', test: (url) => /graphql-query-complexity|check-operation-cost/.test(url) },
  { stage: 'selection and argument checks', test: (url) => /src\/graphql\/compiled\//.test(url) },
  { stage: 'compile-cache lookup and binding', test: (url) => /src\/graph\/compile\/|lru-cache/.test(url) },
  { stage: 'result conversion (graph layer)', test: (url) => /src\/graph\/to-plain-value/.test(url) },
  { stage: 'driver encode/decode and Bolt', test: (url) => /neo4j-driver/.test(url) },
  { stage: 'query engine and database access', test: (url) => /src\/graph\//.test(url) },
  { stage: 'logging and metrics', test: (url) => /pino|prom-client|metrics-plugin|mask-errors/.test(url) },
  {
    stage: 'execution and result shaping (resolvers)',
    test: (url) => /graphql\/(execution|type|jsutils)\/|src\/graphql\/resolvers\//.test(url),
  },
  { stage: 'Apollo request pipeline', test: (url) => /@apollo\/|@as-integrations/.test(url) },
  { stage: 'HTTP, body parsing and routing', test: (url) => /express|body-parser|raw-body|router|cors/.test(url) },
];

/**
 * Node's own modules serve every stage (the driver's socket and the HTTP server's are both
 * `node:net`): a frame there belongs to the nearest caller a stage owns, and only when none does
 * (the event loop reading a socket), to one of these.
 */
const NODE_STAGES: readonly StageRule[] = [
  { stage: 'HTTP, body parsing and routing', test: (url) => /node:_http|node:http|node:internal\/http/.test(url) },
  { stage: 'crypto (query hash, request id)', test: (url) => /node:crypto|node:internal\/crypto/.test(url) },
  { stage: 'sockets and streams (no owner)', test: (url) => /node:net|node:internal\/(stream|streams|net)/.test(url) },
];

interface Owners {
  /** The stage of the innermost frame on the stack that a stage owns. */
  readonly owned: string | null;
  /** The innermost Node module's stage, for a stack no stage owns. */
  readonly fallback: string | null;
}

/**
 * CPU time per stage, in milliseconds, of the samples taken in the last `windowMs` of the
 * profile (the load; the server's start is left out). Idle time is left out; a sample no stage
 * owns (timers, native code called from no owned frame) is "other".
 */
export function summarizeCpuProfile(profile: CpuProfile, windowMs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const owners = new Map<number, Owners>();
  const ownersOf = (id: number): Owners => {
    const known = owners.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const outer = parent === undefined ? { owned: null, fallback: null } : ownersOf(parent);
    const frame = byId.get(id)?.callFrame;
    const owned =
      frame === undefined ? null : (STAGES.find((rule) => rule.test(frame.url, frame.functionName))?.stage ?? null);
    const fallback =
      frame === undefined
        ? null
        : (NODE_STAGES.find((rule) => rule.test(frame.url, frame.functionName))?.stage ?? null);
    const result =
      owned !== null ? { owned, fallback: null } : { owned: outer.owned, fallback: fallback ?? outer.fallback };
    owners.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  const from = profile.endTime - windowMs * 1000;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < from || byId.get(id)?.callFrame.functionName === '(idle)') return;
    const { owned, fallback } = ownersOf(id);
    const stage = owned ?? fallback ?? 'other';
    totals.set(stage, (totals.get(stage) ?? 0) + delta / 1000);
  });
  return totals;
}
