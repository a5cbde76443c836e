import { LRUCache } from 'lru-cache';
import type { GraphDatabase } from '../graph-database';
import type { DraftVisibility } from '../draft-visibility';
import type { GraphView } from '../graph-view';
import { findClaimNetwork, type ClaimNetworkRequest } from '../compile/find-claim-network';
import { findNeighborhood, type NeighborhoodRequest } from '../read/find-neighborhood';
import { findPath, type PathRequest, type PathResult } from '../read/find-path';
import { findWholeGraph, type WholeGraphRequest } from '../read/find-whole-graph';
import { toPlainValue } from '../to-plain-value';
import { bindRoot, compileRoot } from '../compile/compile-root';
import { shapeOf, type RootSelection } from '../compile/selection';

/**
 * Answers the root fields of GraphQL operations, each with one Cypher statement (graph views:
 * neighbourhoods, paths, the claim network, the whole graph, keep their own tuned queries). The text of a
 * statement depends only on the shape of its selection, so it is compiled once per shape and
 * kept in a bounded LRU cache: a request then costs binding its parameters, one exchange with
 * Neo4j (whose own plan cache keys on the same text) and converting the result. One engine serves
 * every request of a server.
 */
export class QueryEngine {
  private readonly texts: LRUCache<string, string>;

  constructor(
    private readonly database: GraphDatabase,
    cacheSize: number,
  ) {
    this.texts = new LRUCache({ max: cacheSize });
  }

  /** How many compiled texts are cached, and how many shapes were compiled in all. */
  compiledCount = 0;
  get cachedCount(): number {
    return this.texts.size;
  }

  /**
   * The value of one root field, in the response's shape: maps keyed by response key (with the
   * GraphQL type under a hidden key), pages as `{items, size, order, afterGiven, beforeGiven, backward, total}` (see compileKeyset). `node` is
   * null for an unknown id; `nodes` has null at each unknown id's position; a page whose anchor
   * (speaker, subject) does not exist is empty. Drafts are left out everywhere in the answer
   * unless `visibility.drafts` (an editor asked for them): a draft is then as unknown as a missing id.
   */
  async read(selection: RootSelection, visibility: DraftVisibility = READER): Promise<unknown> {
    const binder = bindRoot(selection, visibility);
    // Text whose words leave no Lucene terms finds nothing; Lucene would refuse the empty query.
    if (binder.parameters.p0_lucene === '' || binder.parameters.p0_anchor === '') return emptyResult(selection);
    const result = await this.database.read(this.textOf(selection), binder.parameters);
    if (selection.field === 'nodes') {
      const found = new Map(result.records.map((record) => [record.get('id') as string, record.get('result')]));
      return (selection.args.ids as readonly string[]).map((id) => toPlainValue(found.get(id) ?? null));
    }
    const row = result.records[0];
    return row === undefined ? emptyResult(selection) : toPlainValue(row.get('result'));
  }

  /** The Cypher text for a selection's shape (compiled on first use); exported for plan tests. */
  textOf(selection: RootSelection): string {
    const shape = shapeOf(selection);
    let text = this.texts.get(shape);
    if (text === undefined) {
      text = compileRoot(selection);
      this.compiledCount += 1;
      this.texts.set(shape, text);
    }
    return text;
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

  /** The parameters the text of `textOf(selection)` takes for this request. */
  parametersOf(selection: RootSelection, visibility: DraftVisibility = READER): Record<string, unknown> {
    return bindRoot(selection, visibility).parameters;
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
