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

/**
 * The stages of a request, each recognised by the file (or V8 pseudo-frame) its CPU time is
 * spent in, first match from the sampled frame outwards. Order matters: our own files before the
 * libraries they call into would misattribute, so a stage names the innermost code it owns.
 */
const STAGES: readonly { readonly stage: string; readonly test: (url: string, name: string) => boolean }[] = [
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
  {
    stage: 'HTTP, body parsing and routing',
    test: (url) =>
      /express|body-parser|raw-body|router|cors|node:_http|node:http|node:net|node:internal\/(http|stream|streams|net)/.test(
        url,
      ),
  },
  { stage: 'crypto (query hash, request id)', test: (url) => /node:crypto|node:internal\/crypto/.test(url) },
];

/**
 * CPU time per stage, in milliseconds, of the samples taken in the last `windowMs` of the
 * profile (the load; the server's start is left out). Idle time is not CPU time and is left out;
 * a sample no stage owns (Node internals, timers, native code called from no owned frame) is
 * "other".
 */
export function summarizeCpuProfile(profile: CpuProfile, windowMs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stageOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let stage: string | null = null;
    if (node !== undefined) {
      const { url, functionName } = node.callFrame;
      if (functionName === '(idle)') stage = null;
      else {
        stage = STAGES.find((candidate) => candidate.test(url, functionName))?.stage ?? '';
        if (stage === '') {
          const parent = parentOf.get(id);
          stage = parent === undefined ? 'other' : (classify(parent) ?? 'other');
        }
      }
    }
    stageOf.set(id, stage);
    return stage;
  };
  const totals = new Map<string, number>();
  const from = profile.endTime - windowMs * 1000;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < from) return;
    const stage = classify(id);
    if (stage !== null) totals.set(stage, (totals.get(stage) ?? 0) + delta / 1000);
  });
  return totals;
}
