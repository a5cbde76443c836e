import { CurationGraph } from '../../src/graph/api/curation-graph';
import type { GraphDatabase } from '../../src/graph/graph-database';
import type { WriteResult } from '../../src/graph/write/curation-write';
import type { FactLinkKind } from '../../src/graph/write/fact-link-kinds';
import type { WriteCase } from './write-arbitraries';

/** The ids the property test draws its targets from, read from the graph before each write. */
export interface Pools {
  readonly people: string[];
  readonly organizations: string[];
  readonly places: string[];
  readonly events: string[];
  readonly claims: string[];
  readonly links: { type: string; from: string; to: string }[];
  readonly sourceId: string;
  /** Passages of the source's text that occur in it exactly once. */
  readonly passages: string[];
}

/** A write ready to run, with what it may change on the nodes it names. */
export interface PreparedWrite {
  readonly run: () => Promise<WriteResult<unknown>>;
  /** Existing nodes the write names: snapshotted before and after. */
  readonly watched: readonly string[];
  /** The properties of node `id` the input names (or derives from what it names). */
  readonly namedProperties: (id: string) => ReadonlySet<string>;
  /** Whether the write names the relationship `TYPE direction other` of node `id`. */
  readonly namesRelationship: (id: string, key: string) => boolean;
  readonly merge?: { readonly keep: string; readonly merge: string };
}

const SUBJECT = 'property-test';

const FACT_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  PARTICIPATION: 'PARTICIPATED_IN',
  EVENT_LOCATION: 'OCCURRED_AT',
  LEADERSHIP: 'LEADS',
  BASED_IN: 'BASED_IN',
};

/** Properties an event derives from its dates, which change when a date is named. */
const DERIVED_FROM: Readonly<Record<string, readonly string[]>> = {
  date: ['datePrecision', 'startsOn', 'endsOn'],
  endDate: ['endsOn'],
};

function from<T>(pool: readonly T[], index: number): T {
  const value = pool[index % pool.length];
  if (value === undefined) throw new Error('empty pool');
  return value;
}

async function versionOf(database: GraphDatabase, id: string): Promise<number> {
  const result = await database.read('MATCH (n:Node {id: $id}) RETURN n.version AS version', { id });
  return Number(result.records[0]?.get('version'));
}

const nothing = () => false;
const none = () => new Set<string>();

/** Turns a generated case into a write on the graph as it is now. */
export async function prepareWrite(database: GraphDatabase, pools: Pools, write: WriteCase): Promise<PreparedWrite> {
  const curation = new CurationGraph(database);
  const basis = (evidence: number) => ({ sourceId: pools.sourceId, evidence: [from(pools.passages, evidence)] });
  switch (write.mutation) {
    case 'updateEntity':
    case 'updatePlace': {
      const id = from(write.mutation === 'updatePlace' ? pools.places : pools.people, write.target);
      const expectedVersion = await versionOf(database, id);
      const named = new Set(Object.keys(write.fields));
      return {
        run: () => curation.updateEntity({ subject: SUBJECT, id, expectedVersion, input: write.fields }),
        watched: [id],
        namedProperties: () => named,
        namesRelationship: nothing,
      };
    }
    case 'updateEvent': {
      const id = from(pools.events, write.target);
      const expectedVersion = await versionOf(database, id);
      const named = new Set(Object.keys(write.fields).flatMap((field) => [field, ...(DERIVED_FROM[field] ?? [])]));
      return {
        run: () => curation.updateEvent({ subject: SUBJECT, id, expectedVersion, input: write.fields }),
        watched: [id],
        namedProperties: () => named,
        namesRelationship: nothing,
      };
    }
    case 'updateClaim':
      return prepareClaimUpdate(database, pools, write);
    case 'retractClaim': {
      const id = from(pools.claims, write.target);
      const expectedVersion = await versionOf(database, id);
      return {
        run: () => curation.retractClaim({ subject: SUBJECT, id, expectedVersion, input: write.reason }),
        watched: [id],
        namedProperties: () => new Set(['retractedBy', 'retractedAt', 'retractionReason']),
        namesRelationship: nothing,
      };
    }
    case 'createEntity':
      return created(() =>
        curation.createEntity(SUBJECT, {
          type: 'PERSON',
          name: write.name,
          otherNames: write.otherNames,
          description: 'Made by the property test.',
        }),
      );
    case 'createEvent':
      return created(() =>
        curation.createEvent(SUBJECT, { name: write.name, kind: 'meeting', status: 'PAST', date: write.date }),
      );
    case 'addSource':
      return created(() => curation.addSource(SUBJECT, { title: write.title, text: write.text, language: 'en' }));
    case 'createClaim':
      return created(() =>
        curation.createClaim(SUBJECT, {
          sourceId: pools.sourceId,
          speakerId: from(pools.people, write.speaker),
          kind: 'PARAPHRASE',
          text: write.text,
          evidence: from(pools.passages, write.evidence),
          aboutIds: [from([...pools.people, ...pools.places], write.about)],
        }),
      );
    case 'addFactLink': {
      const [fromIds, toIds] = endPools(pools, write.kind);
      const ends = { from: from(fromIds, write.from), to: from(toIds, write.to) };
      return linkWrite(ends, write.kind, () =>
        curation.addFactLink({
          subject: SUBJECT,
          kind: write.kind,
          ...ends,
          properties: {},
          basis: basis(write.evidence),
        }),
      );
    }
    case 'removeFactLink': {
      const link = from(pools.links, write.target);
      const kind = Object.keys(FACT_TYPE_OF_KIND).find((k) => FACT_TYPE_OF_KIND[k] === link.type) as FactLinkKind;
      return linkWrite(link, kind, () => curation.removeFactLink({ subject: SUBJECT, kind, ...link }));
    }
    case 'mergeEntities': {
      const [keep, merge] = [from(pools.people, write.keep), from(pools.people, write.merge)];
      return {
        run: () => curation.mergeEntities({ subject: SUBJECT, keep, merge }),
        watched: [keep, merge],
        namedProperties: none,
        namesRelationship: nothing,
        merge: { keep, merge },
      };
    }
  }
}

function created(run: () => Promise<WriteResult<unknown>>): PreparedWrite {
  return { run, watched: [], namedProperties: none, namesRelationship: nothing };
}

function endPools(pools: Pools, kind: string): [string[], string[]] {
  switch (kind) {
    case 'PARTICIPATION':
      return [[...pools.people, ...pools.organizations], pools.events];
    case 'EVENT_LOCATION':
      return [pools.events, pools.places];
    case 'LEADERSHIP':
      return [pools.people, [...pools.places, ...pools.organizations]];
    default:
      return [pools.organizations, pools.places];
  }
}

function linkWrite(
  ends: { from: string; to: string },
  kind: string,
  run: () => Promise<WriteResult<unknown>>,
): PreparedWrite {
  const type = FACT_TYPE_OF_KIND[kind];
  return {
    run,
    watched: [ends.from, ends.to],
    namedProperties: none,
    namesRelationship: (id, key) =>
      key === (id === ends.from ? `${type} out ${ends.to}` : `${type} in ${ends.from}`) ||
      (ends.from === ends.to && key === `${type} in ${ends.from}`),
  };
}

async function prepareClaimUpdate(
  database: GraphDatabase,
  pools: Pools,
  write: Extract<WriteCase, { mutation: 'updateClaim' }>,
): Promise<PreparedWrite> {
  const id = from(pools.claims, write.target);
  const expectedVersion = await versionOf(database, id);
  const { text, speaker, about, evidence } = write.fields;
  const input = {
    ...(text === undefined ? {} : { text }),
    ...(speaker === undefined ? {} : { speakerId: from(pools.people, speaker) }),
    ...(about === undefined ? {} : { aboutIds: [...new Set(about.map((i) => from(pools.people, i)))] }),
    ...(evidence === undefined ? {} : { evidence: from(pools.passages, evidence) }),
  };
  const namedTypes = new Set([
    ...(speaker === undefined ? [] : ['STATED']),
    ...(about === undefined && evidence === undefined ? [] : ['ABOUT', 'MENTIONED_IN']),
    ...(evidence === undefined ? [] : ['APPEARS_IN']),
  ]);
  return {
    run: () => new CurationGraph(database).updateClaim({ subject: SUBJECT, id, expectedVersion, input }),
    watched: [id],
    namedProperties: () => new Set(text === undefined ? [] : ['text']),
    namesRelationship: (_id, key) => namedTypes.has(key.split(' ')[0] ?? ''),
  };
}
