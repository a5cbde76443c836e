import { LRUCache } from 'lru-cache';
import type { GraphDatabase } from '../graph-database';
import { DRAFTS_PARAMETER, type DraftVisibility } from '../draft-visibility';
import type { GraphView } from '../graph-view';
import { findClaimNetwork, type ClaimNetworkRequest } from '../compile/find-claim-network';
import { findNeighborhood, type NeighborhoodRequest } from '../read/find-neighborhood';
import { findPath, type PathRequest, type PathResult } from '../read/find-path';
import { findWholeGraph, type WholeGraphRequest } from '../read/find-whole-graph';
import { toPlainValue } from '../to-plain-value';
import { compileRoot } from '../compile/compile-root';
import type { CompiledPlan } from '../compile/compile-scope';
import { shapeOf, type RootSelection } from '../compile/selection';

/**
 * Answers the root fields of GraphQL operations, each with one Cypher statement (graph views:
 * neighbourhoods, paths, the claim network, the whole graph, keep their own tuned queries). A
 * statement's text depends only on the shape of its selection, so each shape is compiled once
 * into a plan (the text, and how to read its parameters from a request) kept in a bounded LRU
 * cache: a request then costs reading its parameters, one exchange with Neo4j (whose own plan
 * cache keys on the same text) and converting the result. One engine serves every request of a
 * server.
 */
export class QueryEngine {
  private readonly plans: LRUCache<string, CompiledPlan>;

  constructor(
    private readonly database: GraphDatabase,
    cacheSize: number,
  ) {
    this.plans = new LRUCache({ max: cacheSize });
  }

  /** How many plans are cached, and how many shapes were compiled in all. */
  compiledCount = 0;
  get cachedCount(): number {
    return this.plans.size;
  }

  /**
   * The value of one root field, in the response's shape: maps keyed by response key (with the
   * GraphQL type under a hidden key), pages as `{items, size, order, afterGiven, beforeGiven, backward, total}` (see compileKeyset). `node` is
   * null for an unknown id; `nodes` has null at each unknown id's position; a page whose anchor
   * (speaker, subject) does not exist is empty. Drafts are left out everywhere in the answer
   * unless `visibility.drafts` (an editor asked for them): a draft is then as unknown as a missing id.
   */
  async read(selection: RootSelection, visibility: DraftVisibility = READER): Promise<unknown> {
    const plan = this.planOf(selection);
    // Drafts are one parameter of every statement (see unlessDraft), so readers and editors share the text.
    const parameters: Record<string, unknown> = { ...plan.bind(selection), [DRAFTS_PARAMETER]: visibility.drafts };
    // Text whose words leave no Lucene terms finds nothing; Lucene would refuse the empty query.
    if (parameters.p0_lucene === '' || parameters.p0_anchor === '') return emptyResult(selection);
    const result = await this.database.read(plan.text, parameters);
    if (selection.field === 'nodes') {
      const found = new Map(result.records.map((record) => [record.get('id') as string, record.get('result')]));
      return (selection.args.ids as readonly string[]).map((id) => toPlainValue(found.get(id) ?? null));
    }
    const row = result.records[0];
    return row === undefined ? emptyResult(selection) : toPlainValue(row.get('result'));
  }

  /**
   * The plan for a selection's shape (compiled on first use): its Cypher text, and
   * `bind(selection)`, the parameters of a request of that shape. Exported for plan tests.
   */
  planOf(selection: RootSelection): CompiledPlan {
    const shape = shapeOf(selection);
    let plan = this.plans.get(shape);
    if (plan === undefined) {
      plan = compileRoot(selection);
      this.compiledCount += 1;
      this.plans.set(shape, plan);
    }
    return plan;
  }

  /** A neighbourhood view, by its own tuned query (see findNeighborhood); null for an unknown id. */
  neighborhood(request: NeighborhoodRequest): Promise<GraphView | null> {
    return findNeighborhood(this.database, request);
  }

  /** A shortest path view, by its own tuned query (see findPath). */
  path(request: PathRequest): Promise<PathResult> {
    return findPath(this.database, request);
  }

  /** Who speaks about whom, by its own tuned query (see findClaimNetwork); empty when no claim matches. */
  claimNetwork(request: ClaimNetworkRequest): Promise<GraphView> {
    return findClaimNetwork(this.database, request);
  }

  /** The whole graph (or its nodes of some labels), cut at `limit` nodes, for exports. */
  wholeGraph(request: WholeGraphRequest): Promise<GraphView> {
    return findWholeGraph(this.database, request);
  }
}

/** What a reader sees: no drafts. */
const READER: DraftVisibility = { drafts: false };

function emptyResult(selection: RootSelection): unknown {
  switch (selection.field) {
    case 'node':
    case 'change':
      return null;
    case 'changes':
    case 'search':
    case 'claimGroups':
      return [];
    default:
      return {
        items: [],
        size: selection.args.last ?? selection.args.first,
        afterGiven: selection.args.after !== undefined,
        beforeGiven: selection.args.before !== undefined,
        backward: selection.args.last !== undefined,
        total: 0,
      };
  }
}
