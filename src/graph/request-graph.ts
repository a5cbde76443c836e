import DataLoader from 'dataloader';
import type { GraphDatabase } from './graph-database';
import type { NodeLabel, RelationshipType } from './graph-model';
import type { GraphView, GraphViewDetail } from './graph-view';
import type { NodeRecord } from './node-record';
import { findEvidence, type EvidenceSpan } from './read/find-evidence';
import { findNeighborhood } from './read/find-neighborhood';
import { findNodesByIds } from './read/find-nodes-by-ids';
import { findOccurrences, type OccurrencePage } from './read/find-occurrences';
import { findPath, type PathResult } from './read/find-path';
import { findWholeGraph } from './read/find-whole-graph';
import { listClaims, type ClaimFilter } from './read/list-claims';
import { listEvents, listNamedNodes, listSources, type EventWindow, type NamedListName } from './read/list-root-nodes';
import type { Page, PageRequest } from './read/page';
import { findRelatedPages, type ConnectionName } from './read/related-connections';
import { findRelatedNodes, type RelatedNode, type RelationName } from './read/related-nodes';
import { searchNodes, type SearchHit } from './read/search-nodes';

/**
 * The graph as one GraphQL request sees it. Field reads of many parents are batched per field
 * (one DataLoader per relation and page shape), so a nested selection costs one query per level,
 * however many parents that level has. Create one per request: loaders cache for its lifetime.
 */
export class RequestGraph {
  private readonly nodeLoader: DataLoader<string, NodeRecord | null>;
  private readonly evidenceLoader: DataLoader<string, EvidenceSpan[]>;
  private readonly relationLoaders = new Map<RelationName, DataLoader<string, RelatedNode[]>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, Page>>();
  private readonly occurrenceLoaders = new Map<string, DataLoader<string, OccurrencePage>>();

  constructor(private readonly database: GraphDatabase) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const found = await findNodesByIds(database, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.evidenceLoader = new DataLoader(async (ids) => {
      const found = await findEvidence(database, ids);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  /** The node with this id, or null. */
  node(id: string): Promise<NodeRecord | null> {
    return this.nodeLoader.load(id);
  }

  /** The nodes with these ids in the same order, null for unknown ones. */
  async nodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const loaded = await this.nodeLoader.loadMany(ids);
    return loaded.map((item) => {
      if (item instanceof Error) throw item;
      return item;
    });
  }

  /** The nodes related to `id` over `relation` (empty when none). */
  related(relation: RelationName, id: string): Promise<RelatedNode[]> {
    return this.relationLoader(relation).load(id);
  }

  private relationLoader(relation: RelationName): DataLoader<string, RelatedNode[]> {
    let loader = this.relationLoaders.get(relation);
    if (loader === undefined) {
      loader = new DataLoader(async (ids) => {
        const found = await findRelatedNodes(this.database, relation, ids);
        return ids.map((key) => found.get(key) ?? []);
      });
      this.relationLoaders.set(relation, loader);
    }
    return loader;
  }

  /** One page of claims related to `id`. Parents asking for the same page shape share a query. */
  async page(connection: ConnectionName, id: string, request: PageRequest): Promise<Page> {
    const key = `${connection}|${request.first}|${JSON.stringify(request.after)}`;
    let loader = this.pageLoaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader(async (ids) => {
        const found = await findRelatedPages(this.database, connection, ids, request);
        return ids.map((parent) => found.get(parent) as Page);
      });
      this.pageLoaders.set(key, loader);
    }
    return this.primeClaims(await loader.load(id));
  }

  /** Hands the subjects and evidence a claim page brought along to the loaders that serve them. */
  private primeClaims(page: Page): Page {
    for (const edge of page.edges) {
      if (edge.prefetched === undefined) continue;
      const id = edge.node.properties.id as string;
      this.relationLoader('about').prime(id, edge.prefetched.about);
      this.evidenceLoader.prime(id, edge.prefetched.evidence);
    }
    return page;
  }

  /** One page of where the sources mention `id`. Parents asking for the same page shape share a query. */
  occurrences(id: string, request: PageRequest): Promise<OccurrencePage> {
    const key = `${request.first}|${JSON.stringify(request.after)}`;
    let loader = this.occurrenceLoaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader(async (ids) => {
        const found = await findOccurrences(this.database, ids, request);
        return ids.map((parent) => found.get(parent) as OccurrencePage);
      });
      this.occurrenceLoaders.set(key, loader);
    }
    return loader.load(id);
  }

  evidence(claimId: string): Promise<EvidenceSpan[]> {
    return this.evidenceLoader.load(claimId);
  }

  listNamed(list: NamedListName, request: PageRequest): Promise<Page> {
    return listNamedNodes(this.database, list, request);
  }

  listSources(request: PageRequest): Promise<Page> {
    return listSources(this.database, request);
  }

  listEvents(window: EventWindow, request: PageRequest): Promise<Page> {
    return listEvents(this.database, window, request);
  }

  async listClaims(filter: ClaimFilter, request: PageRequest): Promise<Page> {
    return this.primeClaims(await listClaims(this.database, filter, request));
  }

  search(text: string, labels: readonly NodeLabel[] | null, limit: number): Promise<SearchHit[]> {
    return searchNodes(this.database, text, labels, limit);
  }

  neighborhood(
    id: string,
    depth: number,
    limit: number,
    labels: readonly NodeLabel[] | null,
    detail: GraphViewDetail,
  ): Promise<GraphView | null> {
    return findNeighborhood(this.database, { id, depth, limit, labels, detail });
  }

  path(
    from: string,
    to: string,
    maxLength: number,
    via: readonly RelationshipType[],
    detail: GraphViewDetail,
  ): Promise<PathResult> {
    return findPath(this.database, { from, to, maxLength, via, detail });
  }

  wholeGraph(labels: readonly NodeLabel[] | null, limit: number, detail: GraphViewDetail): Promise<GraphView> {
    return findWholeGraph(this.database, labels, limit, detail);
  }
}
