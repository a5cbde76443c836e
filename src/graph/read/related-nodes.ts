import type { GraphDatabase } from '../graph-database';
import type { RelationshipType } from '../graph-model';
import { projectNode, toNodeRecord, type NodeRecord } from '../node-record';
import { toPlainValue } from '../to-plain-value';

/** A node reached over one relationship, with that relationship's properties (role, title, span). */
export interface RelatedNode {
  readonly node: NodeRecord;
  readonly relationship: Readonly<Record<string, unknown>>;
}

interface RelationSpec {
  readonly type: RelationshipType;
  readonly direction: 'out' | 'in';
  /** Cypher ordering of the related node `m`. */
  readonly orderBy: string;
}

const CHRONOLOGICAL = "coalesce(m.startsOn, '9999'), m.id";
const BY_NAME = 'm.name, m.id';

/**
 * Every short list-valued relationship field of the API, both directions. Lists that can grow
 * without bound are connections instead (see related-connections.ts).
 */
export const RELATIONS = {
  mentionedIn: { type: 'MENTIONED_IN', direction: 'out', orderBy: 'm.published, m.id' },
  sourceMentions: { type: 'MENTIONED_IN', direction: 'in', orderBy: 'm.id' },
  participations: { type: 'PARTICIPATED_IN', direction: 'out', orderBy: CHRONOLOGICAL },
  participants: { type: 'PARTICIPATED_IN', direction: 'in', orderBy: BY_NAME },
  leads: { type: 'LEADS', direction: 'out', orderBy: BY_NAME },
  leaders: { type: 'LEADS', direction: 'in', orderBy: BY_NAME },
  basedIn: { type: 'BASED_IN', direction: 'out', orderBy: BY_NAME },
  basedHere: { type: 'BASED_IN', direction: 'in', orderBy: BY_NAME },
  partOf: { type: 'PART_OF', direction: 'out', orderBy: `${CHRONOLOGICAL}` },
  parts: { type: 'PART_OF', direction: 'in', orderBy: CHRONOLOGICAL },
  occurredAt: { type: 'OCCURRED_AT', direction: 'out', orderBy: BY_NAME },
  eventsHere: { type: 'OCCURRED_AT', direction: 'in', orderBy: CHRONOLOGICAL },
  speaker: { type: 'STATED', direction: 'in', orderBy: 'm.id' },
  about: { type: 'ABOUT', direction: 'out', orderBy: 'm.id' },
  evidence: { type: 'APPEARS_IN', direction: 'out', orderBy: 'm.id' },
  disputes: { type: 'DISPUTES', direction: 'out', orderBy: 'm.id' },
  disputedBy: { type: 'DISPUTES', direction: 'in', orderBy: 'm.id' },
  supports: { type: 'SUPPORTS', direction: 'out', orderBy: 'm.id' },
  supportedBy: { type: 'SUPPORTS', direction: 'in', orderBy: 'm.id' },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

const QUERIES = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, spec]: [string, RelationSpec]) => {
    const pattern = spec.direction === 'out' ? `(n)-[r:${spec.type}]->(m)` : `(n)<-[r:${spec.type}]-(m)`;
    return [
      name,
      `UNWIND $ids AS id
       MATCH (n:Node {id: id})
       MATCH ${pattern}
       WITH id, m, r ORDER BY ${spec.orderBy}
       RETURN id, collect({node: ${projectNode('m')}, relationship: properties(r)}) AS related`,
    ];
  }),
) as Record<RelationName, string>;

/**
 * The nodes related to each of `ids` over one relation, in one query for all ids. An id with no
 * related nodes (or no node at all) maps to an empty list.
 */
export async function findRelatedNodes(
  database: GraphDatabase,
  relation: RelationName,
  ids: readonly string[],
): Promise<Map<string, RelatedNode[]>> {
  const result = await database.read(QUERIES[relation], { ids: [...new Set(ids)] });
  const related = new Map<string, RelatedNode[]>(ids.map((id) => [id, []]));
  for (const record of result.records) {
    const items = record.get('related') as { node: unknown; relationship: unknown }[];
    related.set(
      record.get('id') as string,
      items.map((item) => ({
        node: toNodeRecord(item.node),
        relationship: toPlainValue(item.relationship) as Record<string, unknown>,
      })),
    );
  }
  return related;
}
