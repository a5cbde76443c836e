import { GraphQLScalarType, Kind } from 'graphql';
import { SOURCE_TEXT_KEY, SPAN_END_KEY, SPAN_START_KEY, TYPE_KEY } from '../../graph/compile/compile-scope';
import type { GraphViewNode } from '../../graph/graph-view';
import { connectionResolvers, edgeResolvers, pageInfoResolvers } from './connection-resolvers';
import { byFieldName } from './by-field-name';

/**
 * Resolvers of the object types. Node values come from the query compiler already in the
 * response's shape, keyed by response key, and are read by the default field resolver
 * (readResponseKey); only what the compiler leaves to JavaScript is resolved here: the concrete
 * type of abstract fields, cursors and page state, evidence excerpts, and the graph views, which
 * are plain objects keyed by field name.
 */

const EXCERPT_CONTEXT = 60;

const resolveType = (parent: Record<string, unknown>) => parent[TYPE_KEY];

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

/** The span with some context on each side; offsets count code points, so the text is sliced as code points. */
function excerptOf(evidence: Record<string, unknown>) {
  const text = Array.from((evidence[SOURCE_TEXT_KEY] as string | null) ?? '');
  const start = evidence[SPAN_START_KEY] as number;
  const end = evidence[SPAN_END_KEY] as number;
  return {
    before: text.slice(Math.max(0, start - EXCERPT_CONTEXT), start).join(''),
    text: text.slice(start, end).join(''),
    after: text.slice(end, end + EXCERPT_CONTEXT).join(''),
  };
}

export const typeResolvers = {
  JSON: JSON_SCALAR,
  Node: { __resolveType: resolveType },
  Entity: { __resolveType: resolveType },
  Agent: { __resolveType: resolveType },
  Led: { __resolveType: resolveType },

  PersonConnection: connectionResolvers,
  OrganizationConnection: connectionResolvers,
  PlaceConnection: connectionResolvers,
  EventConnection: connectionResolvers,
  ClaimConnection: connectionResolvers,
  SourceConnection: connectionResolvers,
  PersonEdge: edgeResolvers,
  OrganizationEdge: edgeResolvers,
  PlaceEdge: edgeResolvers,
  EventEdge: edgeResolvers,
  ClaimEdge: edgeResolvers,
  SourceEdge: edgeResolvers,
  OccurrenceConnection: connectionResolvers,
  OccurrenceEdge: edgeResolvers,
  ClaimAppearanceConnection: connectionResolvers,
  ClaimAppearanceEdge: edgeResolvers,
  PageInfo: pageInfoResolvers,

  Evidence: {
    excerpt: excerptOf,
  },
  Excerpt: byFieldName(['before', 'text', 'after']),

  // Graph views are plain objects keyed by field name, not compiled maps keyed by response key.
  Graph: byFieldName(['nodes', 'edges', 'truncated']),
  GraphEdge: byFieldName(['id', 'type', 'source', 'target', 'basis', 'properties']),
  GraphNode: byFieldName<GraphViewNode>(['id', 'type', 'label', 'degree', 'properties']),
};
