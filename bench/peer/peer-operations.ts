import { FILTERED_KINDS, PAGE_SIZES, type GraphQLSide } from '../operation-sides';
import { TIMELINE_WINDOW } from '../pick-bench-samples';

/**
 * The peer's cursors are offsets: graphql-relay's `arrayconnection:<offset>` in base64, the
 * next page starting after that offset. Made here from the samples' offsets, so both servers
 * are asked for the same page without a round trip to learn a cursor.
 */
export function peerCursorAfter(offset: number | null): string | null {
  return offset === null ? null : Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
}

const onePerson = (data: Record<string, unknown>) => Array.isArray(data.people) && data.people.length === 1;
const isList = (field: string) => (data: Record<string, unknown>) => Array.isArray(data[field]);
const AGENT_NAME = '__typename ... on Person { id name } ... on Organization { id name }';

/**
 * The same operations in @neo4j/graphql's generated dialect, each written as its documentation
 * shows and in the form that serves it best: anchored on the person where the answer hangs off
 * one (a root `claims(where: {speaker: …})` would scan every claim), sorted and paged by its
 * connections. It has no search over our full-text indexes, no graph views and no paths.
 */
export const PEER_OPERATIONS: GraphQLSide = {
  personStatements: (samples) => ({
    query: `query PersonStatements($id: ID!) {
  people(where: {id: {eq: $id}}) {
    id
    name
    statementsConnection(first: ${PAGE_SIZES.personStatements}, sort: [{node: {id: ASC}}]) {
      totalCount
      edges { node { id text kind
        about { __typename ... on Person { id name } ... on Organization { id name } ... on Place { id name } ... on Event { id name } }
        evidenceConnection { edges { properties { start end } node { id title } } } } }
    }
  }
}`,
    variableSets: samples.speakers.map((id) => ({ id })),
    hasData: onePerson,
  }),

  search: null,

  speakerClaims: (samples) => ({
    query: `query SpeakerClaims($speaker: ID!, $after: String) {
  people(where: {id: {eq: $speaker}}) {
    statementsConnection(first: ${PAGE_SIZES.speakerClaims}, after: $after, sort: [{node: {id: ASC}}]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id text kind quote } }
    }
  }
}`,
    variableSets: samples.speakerPages.map(({ speaker, afterOffset }) => ({
      speaker,
      after: peerCursorAfter(afterOffset),
    })),
    hasData: onePerson,
  }),

  neighborhood: null,
  path: null,

  timeline: (samples) => ({
    query: `query Timeline($from: String!, $to: String!, $after: String) {
  eventsConnection(
    where: {startsOn: {lte: $to}, endsOn: {gte: $from}}
    sort: [{startsOn: ASC}, {id: ASC}]
    first: ${PAGE_SIZES.timeline}
    after: $after
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name date datePrecision dateText status } }
  }
}`,
    variableSets: samples.timelinePages.map(({ afterOffset }) => ({
      ...TIMELINE_WINDOW,
      after: peerCursorAfter(afterOffset),
    })),
    hasData: (data) => data.eventsConnection !== null && data.eventsConnection !== undefined,
  }),

  peopleNested: (samples) => ({
    query: `query PeopleNested($fromName: String!) {
  people(where: {name: {gte: $fromName}}, sort: [{name: ASC}, {id: ASC}], limit: ${PAGE_SIZES.people}) {
    id
    name
    statementsConnection(first: ${PAGE_SIZES.statementsPerPerson}, sort: [{node: {id: ASC}}]) {
      edges { node { id text kind } }
    }
    eventsConnection(sort: [{node: {startsOn: ASC}}, {node: {id: ASC}}]) {
      edges { properties { role } node { id name date places(sort: [{name: ASC}, {id: ASC}]) { id name } } }
    }
  }
}`,
    variableSets: samples.peopleFromNames.map((fromName) => ({ fromName })),
    hasData: isList('people'),
  }),

  filteredClaims: (samples) => ({
    query: `query FilteredClaims($subject: ID!, $kinds: [ClaimKind!]!) {
  people(where: {id: {eq: $subject}}) {
    claimsAboutConnection(
      where: {node: {kind: {in: $kinds}}}
      sort: [{node: {id: DESC}}]
      first: ${PAGE_SIZES.filteredClaims}
    ) {
      totalCount
      edges { node { id text kind speaker { ${AGENT_NAME} } } }
    }
  }
}`,
    variableSets: samples.speakers.map((subject) => ({ subject, kinds: [...FILTERED_KINDS] })),
    hasData: onePerson,
  }),

  // The peer cannot group: it lists every person and organization with a claim about the
  // subject, each with the count of those claims, and the client keeps the largest.
  countsBySpeaker: (samples) => ({
    query: `query CountsBySpeaker($subject: ID!) {
  people(where: {statements: {some: {about: {some: {Person: {id: {eq: $subject}}}}}}}) {
    id
    name
    statementsConnection(where: {node: {about: {some: {Person: {id: {eq: $subject}}}}}}) { totalCount }
  }
  organizations(where: {statements: {some: {about: {some: {Person: {id: {eq: $subject}}}}}}}) {
    id
    name
    statementsConnection(where: {node: {about: {some: {Person: {id: {eq: $subject}}}}}}) { totalCount }
  }
}`,
    variableSets: samples.speakers.map((subject) => ({ subject })),
    hasData: (data) => isList('people')(data) && isList('organizations')(data),
  }),
};
