import type { Viewer } from '../../auth/roles';
import type { WriteGuard } from '../../auth/write-guard';
import type { QueryLimits } from '../../config/load-config';
import type { QueryEngine } from '../../graph/api/query-engine';
import type { CurationGraph } from '../../graph/api/curation-graph';
import type { ArticleDrafter } from './article-drafter';
import type { ChangeFeed } from './change-feed';

/** What every resolver receives: the server's query engine and the argument bounds. */
export interface GraphQLContext {
  readonly engine: QueryEngine;
  readonly limits: QueryLimits;
  readonly requestId: string;
  /** Who is asking: anonymous, or the subject and roles of a verified token. */
  readonly viewer: Viewer;
  /** Admits (or refuses) a write by the viewer. */
  readonly writeGuard: WriteGuard;
  /**
   * The request's `Idempotency-Key` header, null without one: each write of the operation then
   * happens at most once under it and its field's response key, however often it is sent.
   * Subscriptions, which write nothing, leave it out.
   */
  readonly idempotencyKey?: string | null;
  /** The writes and the change log. */
  readonly curation: CurationGraph;
  /** This instance's follower of the change log, for subscriptions. */
  readonly changeFeed: ChangeFeed;
  /**
   * Extracts pasted articles into drafts; null or absent on a server started without the
   * extractor, and in subscriptions, which write nothing.
   */
  readonly articleDrafter?: ArticleDrafter | null;
}
