import type { BenchSamples } from './pick-bench-samples';

/**
 * The operations of the benchmark, by key, with the names their results are reported under.
 * Each is asked up to three ways for the same data: our server, the peer (@neo4j/graphql), and
 * the best hand-written Cypher through the driver (the floor).
 */
export const OPERATION_NAMES = {
  personStatements: 'person by id, nested',
  search: 'search',
  speakerClaims: 'claims by speaker',
  neighborhood: 'neighborhood depth 2',
  path: 'path between hubs',
  timeline: 'timeline 2025',
  peopleNested: '20 people, nested',
  filteredClaims: 'claims filtered and sorted',
  countsBySpeaker: 'claim counts by speaker',
} as const;
export type OperationKey = keyof typeof OPERATION_NAMES;

/** One GraphQL server's side of an operation: one document, one variable set per sample. */
export interface GraphQLRequests {
  readonly query: string;
  readonly variableSets: readonly Record<string, unknown>[];
  /** False when a response lacks the data asked for (null or empty where a value must be). */
  readonly hasData: (data: Record<string, unknown>) => boolean;
}

/** The floor: one hand-written Cypher query, one parameter set per sample. */
export interface RawQueries {
  readonly cypher: string;
  readonly parameterSets: readonly Record<string, unknown>[];
}

/**
 * How one side asks each operation, from the samples; null where that side cannot ask it (our
 * current API before the query engine; the peer, which has no graph views or search).
 */
export type GraphQLSide = Readonly<Record<OperationKey, ((samples: BenchSamples) => GraphQLRequests) | null>>;

/** The sizes every side asks for, so all three answer the same question. */
export const PAGE_SIZES = {
  personStatements: 10,
  speakerClaims: 20,
  timeline: 50,
  search: 10,
  people: 20,
  statementsPerPerson: 5,
  filteredClaims: 20,
  speakerGroups: 20,
} as const;

/** The filtered claim list keeps these kinds, about one subject, newest id first. */
export const FILTERED_KINDS = ['QUOTE', 'PARAPHRASE'] as const;

export const hasField =
  (field: string) =>
  (data: Record<string, unknown>): boolean =>
    data[field] !== null && data[field] !== undefined;
