import type { GraphDatabase } from '../../src/graph/graph-database';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/graph-model';
import {
  dropUndeclaredStatement,
  loadNodesStatement,
  loadRelationshipsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
} from '../../src/graph/write/merge-statements';
import { loadSeed } from '../../seed/load-seed';
import { openEmptyTestDatabase } from '../support/test-database';
import { miniInput } from './seed-test-inputs';

/** Operators whose cost grows with the graph: a write of a batch must not read a whole label. */
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|(Directed|Undirected)(AllRelationshipsScan|RelationshipTypeScan))$/;

interface PlanNode {
  readonly operatorType: string;
  readonly children: readonly PlanNode[];
}

function operatorsOf(plan: PlanNode): string[] {
  // Neo4j 5 names operators like "NodeUniqueIndexSeek@neo4j".
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operatorsOf)];
}

/**
 * The loader's UNWIND statements find every node by its id through the `Node` uniqueness
 * constraint's index, so a batch costs the same on a graph of ten nodes or of a million.
 */
describe('the plans of the loader writes', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    // The planner decides by the graph's statistics and schema, so plans are taken on a loaded graph.
    database = await openEmptyTestDatabase();
    const loaded = await loadSeed(database, [miniInput()], { reset: true });
    if (loaded.kind !== 'loaded') throw new Error(`The mini fixture did not load: ${JSON.stringify(loaded)}`);
  });
  afterAll(async () => {
    await database.close();
  });

  async function operators(cypher: string, parameters: Record<string, unknown>): Promise<string[]> {
    const result = await database.write(`EXPLAIN ${cypher}`, parameters);
    const plan = result.summary.plan;
    if (plan === false) throw new Error('EXPLAIN returned no plan');
    return operatorsOf(plan);
  }

  const nodeRows = { rows: [{ id: 'person:x', properties: { id: 'person:x' } }] };
  const relationshipRows = { rows: [{ from: 'person:x', to: 'claim:y', properties: {} }] };
  const statements = [
    ...NODE_LABELS.flatMap((label) => [
      [`MERGE ${label}`, mergeNodesStatement(label), nodeRows] as const,
      [`load ${label} into an empty graph`, loadNodesStatement(label, { graphWasEmpty: true }), nodeRows] as const,
    ]),
    ...RELATIONSHIP_TYPES.flatMap((type) => [
      [`MERGE ${type}`, mergeRelationshipsStatement(type), relationshipRows] as const,
      [`load ${type}`, loadRelationshipsStatement(type, { graphWasEmpty: false }), relationshipRows] as const,
      [
        `load ${type} into an empty graph`,
        loadRelationshipsStatement(type, { graphWasEmpty: true }),
        relationshipRows,
      ] as const,
      [
        `drop undeclared ${type}`,
        dropUndeclaredStatement(type),
        { owners: [{ id: 'claim:y', keep: ['person:x'] }] },
      ] as const,
    ]),
  ];

  it.each(statements)(
    '%s seeks nodes through the unique id index and scans no label',
    async (_name, cypher, parameters) => {
      const plan = await operators(cypher, parameters);
      expect(plan.filter((operator) => SCANS.test(operator))).toEqual([]);
      expect(plan.some((operator) => operator.includes('NodeUniqueIndexSeek'))).toBe(true);
    },
  );
});
