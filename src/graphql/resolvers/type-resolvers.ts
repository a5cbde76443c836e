import { GraphQLScalarType, Kind } from 'graphql';
import type { RelatedNode } from '../../graph/read/related-nodes';
import type { NodeRecord } from '../../graph/node-record';
import type { EvidenceSpan } from '../../graph/read/find-evidence';
import type { GraphViewNode } from '../../graph/graph-view';
import type { MentionsArguments, PageArguments } from '../argument-types';
import type { GraphQLContext } from '../context';
import { toLabels, toPageRequest } from '../validate-arguments';
import { toConnection } from './to-connection';

/**
 * Resolvers of the object types. Parents are `NodeRecord`s; scalar fields are read from their
 * properties by the server's default field resolver. Every relationship field goes through a
 * batched loader of `RequestGraph`, so a level of a nested query costs one query in all.
 */

const idOf = (parent: NodeRecord) => parent.properties.id as string;
const nodesOf = (related: RelatedNode[]) => related.map((item) => item.node);
const EXCERPT_CONTEXT = 60;

const resolveType = (parent: NodeRecord) => parent.label;

const claimsAbout = async (parent: NodeRecord, args: PageArguments, { graph, limits }: GraphQLContext) =>
  toConnection(await graph.page('claimsAbout', idOf(parent), toPageRequest(args, 10, limits.maxPageSize, 1)));

const statements = async (parent: NodeRecord, args: PageArguments, { graph, limits }: GraphQLContext) =>
  toConnection(await graph.page('statements', idOf(parent), toPageRequest(args, 10, limits.maxPageSize, 1)));

const mentionedIn = async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
  nodesOf(await graph.related('mentionedIn', idOf(parent)));

const participations = async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
  (await graph.related('participations', idOf(parent))).map((item) => ({
    role: item.relationship.role ?? null,
    event: item.node,
  }));

const leaders = async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
  (await graph.related('leaders', idOf(parent))).map((item) => ({
    title: item.relationship.title ?? null,
    person: item.node,
  }));

const related =
  (relation: Parameters<GraphQLContext['graph']['related']>[0]) =>
  async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
    nodesOf(await graph.related(relation, idOf(parent)));

/** Output-only scalar for free-form properties. */
const JSON_SCALAR = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type only');
  },
  parseLiteral: (ast) => {
    throw new TypeError(
      `JSON is an output type only, but got a ${ast.kind === Kind.OBJECT ? 'object' : ast.kind} literal`,
    );
  },
});

export const typeResolvers = {
  JSON: JSON_SCALAR,
  Node: { __resolveType: resolveType },
  Entity: { __resolveType: resolveType },
  Agent: { __resolveType: resolveType },
  Led: { __resolveType: resolveType },

  Person: {
    claimsAbout,
    statements,
    mentionedIn,
    events: participations,
    leads: async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
      (await graph.related('leads', idOf(parent))).map((item) => ({
        title: item.relationship.title ?? null,
        led: item.node,
      })),
  },

  Organization: {
    claimsAbout,
    statements,
    mentionedIn,
    events: participations,
    basedIn: related('basedIn'),
    leaders,
  },

  Place: {
    claimsAbout,
    mentionedIn,
    partOf: related('partOf'),
    parts: related('parts'),
    events: related('eventsHere'),
    leaders,
    organizations: related('basedHere'),
  },

  Event: {
    claimsAbout,
    mentionedIn,
    participants: async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
      (await graph.related('participants', idOf(parent))).map((item) => ({
        role: item.relationship.role ?? null,
        agent: item.node,
      })),
    places: related('occurredAt'),
    partOf: related('partOf'),
    parts: related('parts'),
  },

  Claim: {
    speaker: async (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) =>
      (await graph.related('speaker', idOf(parent)))[0]?.node ?? null,
    about: related('about'),
    evidence: (parent: NodeRecord, _: unknown, { graph }: GraphQLContext) => graph.evidence(idOf(parent)),
    disputes: related('disputes'),
    disputedBy: related('disputedBy'),
    supports: related('supports'),
    supportedBy: related('supportedBy'),
  },

  Evidence: {
    source: (span: EvidenceSpan, _: unknown, { graph }: GraphQLContext) => graph.node(span.sourceId),
    excerpt: async (span: EvidenceSpan, _: unknown, { graph }: GraphQLContext) => {
      const source = await graph.node(span.sourceId);
      // Offsets count code points, so the text is sliced as code points too.
      const text = Array.from(typeof source?.properties.text === 'string' ? source.properties.text : '');
      return {
        before: text.slice(Math.max(0, span.start - EXCERPT_CONTEXT), span.start).join(''),
        text: text.slice(span.start, span.end).join(''),
        after: text.slice(span.end, span.end + EXCERPT_CONTEXT).join(''),
      };
    },
  },

  // Graph view nodes also have `label` and `properties`, so they must not be read as node records.
  GraphNode: {
    id: (node: GraphViewNode) => node.id,
    type: (node: GraphViewNode) => node.type,
    label: (node: GraphViewNode) => node.label,
    degree: (node: GraphViewNode) => node.degree,
    properties: (node: GraphViewNode) => node.properties,
  },

  Source: {
    claims: async (parent: NodeRecord, args: PageArguments, { graph, limits }: GraphQLContext) =>
      toConnection(await graph.page('sourceClaims', idOf(parent), toPageRequest(args, 10, limits.maxPageSize, 1))),
    mentions: async (parent: NodeRecord, args: MentionsArguments, { graph }: GraphQLContext) => {
      const labels = toLabels(args.types);
      const mentioned = nodesOf(await graph.related('sourceMentions', idOf(parent)));
      return labels === null ? mentioned : mentioned.filter((node) => labels.includes(node.label));
    },
  },
};
