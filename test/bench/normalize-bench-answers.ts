import { toPlainValue } from '../../src/graph/to-plain-value';

/**
 * Each side's answer to a benchmark operation, reduced to one plain shape, so our server's, the
 * peer's and the raw floor's answers can be compared with `toEqual`. Only the fields all sides
 * were asked for are kept; lists keep each side's own order.
 */

interface Named {
  readonly id: string;
  readonly name?: string | null;
}
interface Edges<Node, Properties = never> {
  readonly edges: readonly { readonly node: Node; readonly properties?: Properties }[];
  readonly totalCount?: number;
  readonly pageInfo?: { readonly hasNextPage: boolean };
}
interface ClaimFields {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
  readonly quote?: string | null;
}
interface Subject extends Named {
  readonly __typename: string;
}
type Data = Record<string, unknown>;

const subjectsOf = (subjects: readonly Subject[]) =>
  subjects
    .map((s) => ({ type: s.__typename, id: s.id, name: s.name ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));

/** A person's statements with their subjects and evidence: ours from `node`, the peer's from `people`. */
export function personStatementsOfOurs(data: Data) {
  type Ours = Named & {
    statements: Edges<
      ClaimFields & { about: Subject[]; evidence: { start: number; end: number; source: Named & { title: string } }[] }
    >;
  };
  const person = data.node as Ours;
  return {
    id: person.id,
    name: person.name,
    total: person.statements.totalCount,
    statements: person.statements.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      kind: node.kind,
      about: subjectsOf(node.about),
      evidence: node.evidence.map((span) => ({
        start: span.start,
        end: span.end,
        sourceId: span.source.id,
        title: span.source.title,
      })),
    })),
  };
}

export function personStatementsOfPeer(data: Data) {
  type Peer = Named & {
    statementsConnection: Edges<
      ClaimFields & {
        about: Subject[];
        evidenceConnection: Edges<Named & { title: string }, { start: number; end: number }>;
      }
    >;
  };
  const [person] = data.people as Peer[];
  if (person === undefined) return null;
  return {
    id: person.id,
    name: person.name,
    total: person.statementsConnection.totalCount,
    statements: person.statementsConnection.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      kind: node.kind,
      about: subjectsOf(node.about),
      evidence: node.evidenceConnection.edges.map((edge) => ({
        start: edge.properties?.start,
        end: edge.properties?.end,
        sourceId: edge.node.id,
        title: edge.node.title,
      })),
    })),
  };
}

const claimPage = (page: Edges<ClaimFields>) => ({
  total: page.totalCount,
  hasNextPage: page.pageInfo?.hasNextPage,
  claims: page.edges.map(({ node }) => ({ id: node.id, text: node.text, kind: node.kind, quote: node.quote ?? null })),
});

export const speakerClaimsOfOurs = (data: Data) => claimPage(data.claims as Edges<ClaimFields>);
export const speakerClaimsOfPeer = (data: Data) =>
  claimPage((data.people as { statementsConnection: Edges<ClaimFields> }[])[0]?.statementsConnection ?? { edges: [] });

interface EventFields extends Named {
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly dateText: string | null;
  readonly status: string;
}
const eventPage = (page: Edges<EventFields>) => ({
  total: page.totalCount,
  hasNextPage: page.pageInfo?.hasNextPage,
  events: page.edges.map(({ node }) => ({ ...node })),
});
export const timelineOfOurs = (data: Data) => eventPage(data.events as Edges<EventFields>);
export const timelineOfPeer = (data: Data) => eventPage(data.eventsConnection as Edges<EventFields>);

type Participation = { role: string | null; id: string; name: string; date: string | null; places: Named[] };
/** 20 people, each with statements and events with their places. */
export function peopleNestedOfOurs(data: Data) {
  type Ours = Named & {
    statements: Edges<ClaimFields>;
    events: { role: string | null; event: Named & { date: string | null; places: Named[] } }[];
  };
  return (data.people as Edges<Ours>).edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    statements: node.statements.edges.map(({ node: claim }) => ({ id: claim.id, text: claim.text, kind: claim.kind })),
    events: node.events.map(({ role, event }): Participation => ({
      role,
      id: event.id,
      name: event.name ?? '',
      date: event.date,
      places: event.places,
    })),
  }));
}

export function peopleNestedOfPeer(data: Data) {
  type Peer = Named & {
    statementsConnection: Edges<ClaimFields>;
    eventsConnection: Edges<Named & { date: string | null; places: Named[] }, { role: string | null }>;
  };
  return (data.people as Peer[]).map((person) => ({
    id: person.id,
    name: person.name,
    statements: person.statementsConnection.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      kind: node.kind,
    })),
    events: person.eventsConnection.edges.map(({ node, properties }): Participation => ({
      role: properties?.role ?? null,
      id: node.id,
      name: node.name ?? '',
      date: node.date,
      places: node.places,
    })),
  }));
}

interface FilteredClaims {
  readonly total: number | undefined;
  readonly claims: readonly (ClaimFields & { readonly speaker: readonly Named[] })[];
}
const speakersOf = (agents: readonly Named[]) => agents.map((agent) => ({ id: agent.id, name: agent.name ?? null }));

/** Claims about a subject, filtered by kind, newest id first: the peer's and the floor's. */
export function filteredClaimsOfPeer(data: Data): FilteredClaims | null {
  type Peer = { claimsAboutConnection: Edges<ClaimFields & { speaker: Subject[] }> };
  const page = (data.people as Peer[])[0]?.claimsAboutConnection;
  if (page === undefined) return null;
  return {
    total: page.totalCount,
    claims: page.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      kind: node.kind,
      speaker: speakersOf(node.speaker),
    })),
  };
}

export function filteredClaimsOfOurs(data: Data): FilteredClaims | null {
  type Ours = Edges<ClaimFields & { speaker: Named | null }>;
  const page = data.claims as Ours;
  return {
    total: page.totalCount as number,
    claims: page.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      kind: node.kind,
      speaker: speakersOf(node.speaker === null ? [] : [node.speaker]),
    })),
  };
}

export function filteredClaimsOfRaw(rows: readonly Data[]): FilteredClaims | null {
  const [row] = rows.map(
    (record) => toPlainValue(record) as { total: number; page: (ClaimFields & { speaker: Named[] })[] },
  );
  if (row === undefined) return null;
  return {
    total: row.total,
    claims: row.page.map((claim) => ({
      id: claim.id,
      text: claim.text,
      kind: claim.kind,
      speaker: speakersOf(claim.speaker),
    })),
  };
}

interface SpeakerCount {
  readonly id: string;
  readonly name: string;
  readonly claims: number;
}
const byCountThenId = (a: SpeakerCount, b: SpeakerCount) =>
  b.claims - a.claims || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The peer lists every speaker with a count; the largest `first` are kept, as the floor returns. */
export function countsBySpeakerOfPeer(data: Data, first: number): SpeakerCount[] {
  type Peer = Named & { name: string; statementsConnection: { totalCount: number } };
  return [...(data.people as Peer[]), ...(data.organizations as Peer[])]
    .map((speaker) => ({ id: speaker.id, name: speaker.name, claims: speaker.statementsConnection.totalCount }))
    .sort(byCountThenId)
    .slice(0, first);
}

export function countsBySpeakerOfOurs(data: Data): SpeakerCount[] {
  type Group = { key: string; count: number; node: { id: string; name: string } };
  return (data.claimGroups as Group[]).map((group) => ({
    id: group.node.id,
    name: group.node.name,
    claims: group.count,
  }));
}

export function countsBySpeakerOfRaw(rows: readonly Data[]): SpeakerCount[] {
  return rows.map((record) => toPlainValue(record) as SpeakerCount);
}
