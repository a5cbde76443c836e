/**
 * A claim renamed in its seed file keeps answering to the ids it had (`formerIds`), as a merged
 * entity does: each former id becomes a MergedId leading to the claim, which `node(id)` follows,
 * and a node still stored under a former id (the claim as an earlier load wrote it) is removed,
 * so the old id leads to the renamed claim and not to a stale copy. Runs over the Claim rows.
 */
export const REDIRECT_FORMER_IDS = `
  UNWIND $rows AS row
  UNWIND coalesce(row.properties.formerIds, []) AS former
  OPTIONAL MATCH (stale:Node {id: former})
  DETACH DELETE stale
  WITH row, former
  MERGE (redirect:MergedId {id: former})
  SET redirect.into = row.id`;

/**
 * An entry that is another claim's appearance (docs/sources.md) names that claim: its id becomes
 * a MergedId marked `appearance`, leading there, and a node an earlier load stored under the id
 * (when the entry was a claim of its own) is removed. Runs over `{id, into}` rows.
 */
export const REDIRECT_APPEARANCE_IDS = `
  UNWIND $rows AS row
  OPTIONAL MATCH (stale:Node {id: row.id})
  DETACH DELETE stale
  WITH row
  MERGE (redirect:MergedId {id: row.id})
  SET redirect.into = row.into, redirect.appearance = true`;

/**
 * An entry that was an appearance and is a claim of its own again (its quote or `sameAs`
 * changed) loses its redirect before the claims are written, since no node is written under a
 * MergedId's id. Entity merges' MergedIds are never released. Runs over the Claim rows.
 */
export const RELEASE_APPEARANCE_IDS = `
  UNWIND $rows AS row
  MATCH (redirect:MergedId {id: row.id})
  WHERE redirect.appearance = true
  DELETE redirect`;
