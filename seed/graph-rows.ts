import type { NodeLabel, RelationshipType } from '../src/graph/graph-model';
import type {
  NodeRowParameter as NodeRow,
  RelationshipRowParameter as RelationshipRow,
} from '../src/graph/write/merge-statements';

/** A validated load, as parameter lists ready for `UNWIND`. */
export interface GraphRows {
  readonly nodes: Record<NodeLabel, NodeRow[]>;
  readonly relationships: Record<RelationshipType, RelationshipRow[]>;
}

export function emptyGraphRows(): GraphRows {
  return {
    nodes: { Source: [], Person: [], Organization: [], Place: [], Event: [], Claim: [] },
    relationships: {
      STATED: [],
      ABOUT: [],
      APPEARS_IN: [],
      MENTIONED_IN: [],
      PARTICIPATED_IN: [],
      OCCURRED_AT: [],
      PART_OF: [],
      LEADS: [],
      BASED_IN: [],
      DISPUTES: [],
      SUPPORTS: [],
    },
  };
}
