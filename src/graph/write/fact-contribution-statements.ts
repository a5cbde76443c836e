import { ANY_NODE_LABEL, FACT_TYPES, type FactType } from '../graph-model';
import { ownerSideOf } from './merge-statements';

/**
 * Cypher for facts stated by several sources (docs/sources.md): one relationship per fact, whose
 * parallel evidence lists (`evidenceSources`, `evidenceStarts`, `evidenceEnds`, `evidenceTexts`)
 * and background lists (`backgroundSources`, `backgroundNotes`) hold every source's share.
 * Writing a source's share first takes out what that source had there, so a reload replaces it
 * and leaves every other source's share as it is; `basis` and `note` follow from what is left.
 */

function byFactType(build: (type: FactType) => string): Readonly<Record<FactType, string>> {
  return Object.fromEntries(FACT_TYPES.map((type) => [type, build(type)])) as Record<FactType, string>;
}

/** The lists of `r` without the entries of the sources `sources` (an expression of the row). */
const WITHOUT_SOURCES = (sources: string) => `
     WITH r, row,
       [i IN range(0, size(coalesce(r.evidenceSources, [])) - 1) WHERE NOT r.evidenceSources[i] IN ${sources}] AS kept,
       [i IN range(0, size(coalesce(r.backgroundSources, [])) - 1) WHERE NOT r.backgroundSources[i] IN ${sources}]
         AS keptNotes
     WITH r, row,
       [i IN kept | r.evidenceSources[i]] AS evidenceSources, [i IN kept | r.evidenceStarts[i]] AS evidenceStarts,
       [i IN kept | r.evidenceEnds[i]] AS evidenceEnds, [i IN kept | r.evidenceTexts[i]] AS evidenceTexts,
       [i IN keptNotes | r.backgroundSources[i]] AS backgroundSources,
       [i IN keptNotes | r.backgroundNotes[i]] AS backgroundNotes`;

/** Stores the lists computed before it, with the basis and note they imply. */
const STORE_LISTS = `
     SET r.evidenceSources = evidenceSources, r.evidenceStarts = evidenceStarts,
       r.evidenceEnds = evidenceEnds, r.evidenceTexts = evidenceTexts,
       r.backgroundSources = backgroundSources, r.backgroundNotes = backgroundNotes,
       r.basis = CASE WHEN size(evidenceSources) > 0 THEN 'SOURCE' ELSE 'BACKGROUND' END,
       r.note = CASE WHEN size(backgroundNotes) = 0 THEN null
         ELSE reduce(joined = head(backgroundNotes), note IN tail(backgroundNotes) | joined + ' ' + note) END`;

const ownerOf = (type: FactType) => (ownerSideOf(type) === 'from' ? 'a' : 'b');

/**
 * Writes each row's shares (`row.contributions`, one per source; a fact has one row per load, so
 * no two rows of one statement write the same relationship) of its fact, creating the fact when
 * no source stated it yet. A fact whose declaring node a curator has written, or that a curator wrote, is
 * the curator's and is left alone (as for every loader write). Into an empty graph (`fresh`),
 * those checks are skipped: nothing is curated yet.
 */
const WRITE_CONTRIBUTIONS = (fresh: boolean) =>
  byFactType(
    (type) =>
      `UNWIND $rows AS row
     MATCH (a:${ANY_NODE_LABEL} {id: row.from})
     MATCH (b:${ANY_NODE_LABEL} {id: row.to})
     ${fresh ? '' : `WITH a, b, row WHERE NOT coalesce(${ownerOf(type)}.curated, false)`}
     MERGE (a)-[r:${type}]->(b)
     ${fresh ? '' : 'WITH r, row WHERE NOT coalesce(r.curated, false)'}
     SET r += row.properties
     ${WITHOUT_SOURCES('[share IN row.contributions | share.source]')}
     WITH r, row, evidenceSources, evidenceStarts, evidenceEnds, evidenceTexts, backgroundSources, backgroundNotes,
       [share IN row.contributions WHERE share.backgroundNote IS NOT NULL] AS notes
     WITH r, row,
       evidenceSources + reduce(all = [], share IN row.contributions | all + [s IN share.evidenceStarts | share.source])
         AS evidenceSources,
       evidenceStarts + reduce(all = [], share IN row.contributions | all + share.evidenceStarts) AS evidenceStarts,
       evidenceEnds + reduce(all = [], share IN row.contributions | all + share.evidenceEnds) AS evidenceEnds,
       evidenceTexts + reduce(all = [], share IN row.contributions | all + share.evidenceTexts) AS evidenceTexts,
       backgroundSources + [share IN notes | share.source] AS backgroundSources,
       backgroundNotes + [share IN notes | share.backgroundNote] AS backgroundNotes
     ${STORE_LISTS}`,
  );

const WRITE_CONTRIBUTIONS_BY_FRESHNESS = { fresh: WRITE_CONTRIBUTIONS(true), existing: WRITE_CONTRIBUTIONS(false) };

/**
 * Takes a source's share out of facts it no longer states (`row.source`, `row.from`, `row.to`),
 * and deletes a fact left with no evidence and no background. Curated facts are left alone.
 */
const WITHDRAW_CONTRIBUTIONS = byFactType(
  (type) =>
    `UNWIND $rows AS row
     MATCH (a:${ANY_NODE_LABEL} {id: row.from})-[r:${type}]->(b:${ANY_NODE_LABEL} {id: row.to})
     WHERE NOT coalesce(${ownerOf(type)}.curated, false) AND NOT coalesce(r.curated, false)
     ${WITHOUT_SOURCES('[row.source]')}
     ${STORE_LISTS}
     WITH r WHERE size(r.evidenceSources) = 0 AND size(r.backgroundSources) = 0
     DELETE r`,
);

/** The loader's write of facts of `type` (see WRITE_CONTRIBUTIONS). */
export function writeContributionsStatement(type: FactType, { graphWasEmpty }: { graphWasEmpty: boolean }): string {
  return WRITE_CONTRIBUTIONS_BY_FRESHNESS[graphWasEmpty ? 'fresh' : 'existing'][type];
}

/** Withdraws a source's share of facts of `type` (see WITHDRAW_CONTRIBUTIONS). */
export function withdrawContributionsStatement(type: FactType): string {
  return WITHDRAW_CONTRIBUTIONS[type];
}

/** Each loaded source's ledger: the facts its file contributed to when it was last loaded. */
export const READ_SOURCE_LEDGERS = `
  UNWIND $ids AS id
  MATCH (s:${ANY_NODE_LABEL} {id: id}) WHERE s:Source
  RETURN s.id AS id, coalesce(s.factTypes, []) AS types, coalesce(s.factFroms, []) AS froms,
    coalesce(s.factTos, []) AS tos`;
