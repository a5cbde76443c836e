import { completeOrder, signatureOf, type SortKind } from '../src/graph/compile/sort-table';
import { encodeCursor } from '../src/graph/cursor';
import { FILTERED_KINDS, hasField, PAGE_SIZES, type GraphQLSide } from './operation-sides';

/** The signature of a list's default order, which its cursors carry. */
function defaultOrderOf(kind: SortKind): string {
  return signatureOf(completeOrder(kind, undefined));
}

/**
 * Our side of each operation, in the query engine's `where` dialect
 * (`claims(where: {speaker: {id: {eq: …}}})`, `events(where: {date: {gte, lte}})`). Every query
 * text of our side is here and nowhere else. Every operation of the benchmark has our side.
 */
export const OUR_OPERATIONS: GraphQLSide = {
  personStatements: (samples) => ({
    query: `query PersonStatements($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      name
      statements(first: ${PAGE_SIZES.personStatements}) {
        totalCount
        edges { node { id ... on Claim { text kind
          about { __typename id ... on Entity { name } ... on Event { name } }
          evidence { start end source { id title } } } } }
      }
    }
  }
}`,
    variableSets: samples.speakers.map((id) => ({ id })),
    hasData: hasField('node'),
  }),

  search: (samples) => ({
    query: `query Search($text: String!) {
  search(text: $text, first: ${PAGE_SIZES.search}) {
    score
    node { __typename id ... on Entity { name } ... on Event { name } ... on Source { title } ... on Claim { text } }
  }
}`,
    variableSets: samples.searchTexts.map((text) => ({ text })),
    hasData: hasField('search'),
  }),

  speakerClaims: (samples) => ({
    query: `query SpeakerClaims($speaker: ID!, $after: String) {
  claims(where: {speaker: {id: {eq: $speaker}}}, first: ${PAGE_SIZES.speakerClaims}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id ... on Claim { text kind quote } } }
  }
}`,
    variableSets: samples.speakerPages.map(({ speaker, after }) => ({
      speaker,
      after: after === null ? null : encodeCursor({ order: defaultOrderOf('Claim'), key: [after] }),
    })),
    hasData: hasField('claims'),
  }),

  neighborhood: (samples) => ({
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id type label degree }
    edges { id type source target }
  }
}`,
    variableSets: samples.hubs.map((id) => ({ id })),
    hasData: hasField('neighborhood'),
  }),

  path: (samples) => ({
    query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxLength: 6) {
    nodes { id type label }
    edges { id type source target }
  }
}`,
    variableSets: samples.hubPairs.map(([from, to]) => ({ from, to })),
    // No path within the bound is a valid answer (null), not an error.
    hasData: () => true,
  }),

  timeline: (samples) => ({
    query: `query Timeline($after: String) {
  events(where: {date: {gte: "2025", lte: "2025"}}, first: ${PAGE_SIZES.timeline}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id ... on Event { name date datePrecision dateText status } } }
  }
}`,
    variableSets: samples.timelinePages.map(({ after }) => ({
      after: after === null ? null : encodeCursor({ order: defaultOrderOf('Event'), key: after }),
    })),
    hasData: hasField('events'),
  }),

  // People are listed by name, then id: a cursor of [name, ''] starts at the first person named
  // `fromName` or after, the page the other sides ask for with `name >= fromName`.
  peopleNested: (samples) => ({
    query: `query PeopleNested($after: String) {
  people(first: ${PAGE_SIZES.people}, after: $after) {
    edges { node { id name
      statements(first: ${PAGE_SIZES.statementsPerPerson}) { edges { node { id ... on Claim { text kind } } } }
      events { role event { id name date places { id name } } } } }
  }
}`,
    variableSets: samples.peopleFromNames.map((fromName) => ({
      after: fromName === '' ? null : encodeCursor({ order: defaultOrderOf('Person'), key: [fromName, ''] }),
    })),
    hasData: hasField('people'),
  }),

  filteredClaims: (samples) => ({
    query: `query FilteredClaims($subject: ID!, $kinds: [ClaimKind!]!) {
  claims(
    where: {about: {some: {id: {eq: $subject}}}, kind: {in: $kinds}}
    orderBy: [{id: DESC}]
    first: ${PAGE_SIZES.filteredClaims}
  ) {
    totalCount
    edges { node { id ... on Claim { text kind speaker { ... on Entity { id name } } } } }
  }
}`,
    variableSets: samples.speakers.map((subject) => ({ subject, kinds: [...FILTERED_KINDS] })),
    hasData: hasField('claims'),
  }),
  countsBySpeaker: (samples) => ({
    query: `query CountsBySpeaker($subject: ID!) {
  claimGroups(where: {about: {some: {id: {eq: $subject}}}}, by: SPEAKER, first: ${PAGE_SIZES.speakerGroups}) {
    key
    count
    node { id ... on Entity { name } }
  }
}`,
    variableSets: samples.speakers.map((subject) => ({ subject })),
    hasData: hasField('claimGroups'),
  }),
};
