import type { GraphCounts } from '../src/graph/read/count-graph';

/** What a load may do; shared by the one-transaction and the streamed load. */
export interface LoadSeedOptions {
  /** Validate only; write nothing. */
  readonly dryRun?: boolean;
  /** Delete the whole graph before loading (only once everything has validated). */
  readonly reset?: boolean;
  readonly print?: (line: string) => void;
}

export type LoadSeedResult =
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'validated'; readonly files: number; readonly rowCount: number }
  | {
      readonly kind: 'loaded';
      readonly files: number;
      readonly rowCount: number;
      readonly nodeRows: number;
      readonly relationshipRows: number;
      readonly nodesCreated: number;
      readonly relationshipsCreated: number;
      readonly relationshipsDeleted: number;
      readonly seconds: number;
      readonly counts: GraphCounts;
    };

/** The subject the change log records seed loads under. */
export const SEED_SUBJECT = 'seed';
