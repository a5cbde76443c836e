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
