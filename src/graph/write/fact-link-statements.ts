import { ANY_NODE_LABEL, FACT_TYPES, type FactType } from '../graph-model';

/**
 * Cypher of the fact-link writes. Relationship types are spliced in from the model's table only;
 * both ends are found by the `Node` label every node carries, so each match is an index seek.
 */

function byFactType(statement: (type: FactType) => string): Readonly<Record<FactType, string>> {
  return Object.fromEntries(FACT_TYPES.map((type) => [type, statement(type)])) as Record<FactType, string>;
}

const READ_FACT_LINK = byFactType(
  (type) => `
    MATCH (a:${ANY_NODE_LABEL} {id: $from})-[r:${type}]->(b:${ANY_NODE_LABEL} {id: $to})
    RETURN properties(r) AS properties`,
);

const DELETE_FACT_LINK = byFactType(
  (type) => `
    MATCH (a:${ANY_NODE_LABEL} {id: $from})-[r:${type}]->(b:${ANY_NODE_LABEL} {id: $to})
    DELETE r`,
);

// A curator's evidence makes the fact the curator's: a reload of a seed file leaves it as it is.
const SET_FACT_EVIDENCE = byFactType(
  (type) => `
    MATCH (a:${ANY_NODE_LABEL} {id: $from})-[r:${type}]->(b:${ANY_NODE_LABEL} {id: $to})
    SET r.evidenceSources = $evidenceSources, r.evidenceStarts = $evidenceStarts, r.evidenceEnds = $evidenceEnds,
      r.evidenceTexts = $evidenceTexts, r.basis = 'SOURCE', r.curated = true
    RETURN properties(r) AS properties`,
);

/** Sets the evidence lists of the `type` relationship from `$from` to `$to`; returns its properties after. */
export function setFactEvidenceStatement(type: FactType): string {
  return SET_FACT_EVIDENCE[type];
}

/** The properties of the `type` relationship from `$from` to `$to`; no row when there is none. */
export function readFactLinkStatement(type: FactType): string {
  return READ_FACT_LINK[type];
}

/** Deletes the `type` relationship from `$from` to `$to`, if any. */
export function deleteFactLinkStatement(type: FactType): string {
  return DELETE_FACT_LINK[type];
}

/** Each of claims `$ids` with the source and span of its passage (APPEARS_IN), for claim links. */
export const READ_CLAIM_PASSAGES = `
  UNWIND $ids AS id
  MATCH (c:${ANY_NODE_LABEL}:Claim {id: id})-[r:APPEARS_IN]->(s:Source)
  RETURN c.id AS claimId, s.id AS sourceId, r.start AS start, r.end AS end, r.text AS text`;
