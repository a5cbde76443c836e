import type { GraphCounts } from '../src/graph/read/count-graph';

/** What a load may do; shared by the one-transaction and the streamed load. */
export interface LoadSeedOptions {
  /** Validate only; write nothing. */
  readonly dryRun?: boolean;
  /** Delete the whole graph before loading (only once everything has validated). */
  readonly reset?: boolean;
  readonly print?: (line: string) => void;
  /** Who the change log names as the writer; `seed` when absent. */
  readonly subject?: string;
  /**
   * With `dryRun`, the seed files of this folder are checked together with the inputs, so the
   * ids they define resolve without a database, but are not counted (`npm run seed` names
   * seed/data). A file of the folder that is one of the inputs, or has an input's source, is the
   * input's old version and is left out. Ignored by a load, which resolves ids in the database.
   */
  readonly contextFolder?: string;
}

export type LoadSeedResult =
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | {
      readonly kind: 'validated';
      readonly files: number;
      readonly rowCount: number;
      /** Files of `contextFolder` checked with the inputs. */
      readonly contextFiles: number;
    }
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
