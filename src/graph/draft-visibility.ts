/**
 * Drafts (items the extractor wrote, `reviewStatus: 'DRAFT'`) are hidden from readers. Every read
 * statement takes one boolean parameter, `$drafts`, true only when an editor asked for drafts, so
 * the same text (and Neo4j's cached plan) serves both, and a node or relationship of a view, a list
 * or a lookup is kept when this holds for it. Items without a review mark (written by a person)
 * and accepted ones always pass.
 */
export function unlessDraft(variable: string): string {
  return `($drafts OR coalesce(${variable}.reviewStatus, '') <> 'DRAFT')`;
}

/**
 * How many of node `variable`'s relationships lead to a draft this statement hides: taken off its
 * degree, so a reader's '+N more' never counts what the reader cannot open. Drafts are not few
 * on a node an article mentions, so the relationships are expanded; with `$drafts` none is hidden.
 */
export function hiddenDraftNeighbours(variable: string): string {
  const hidden = `${variable}_draft`;
  return `COUNT { MATCH (${variable})--(${hidden}) WHERE NOT $drafts AND ${hidden}.reviewStatus = 'DRAFT' }`;
}

/** The name of the statement parameter that `unlessDraft` reads. */
export const DRAFTS_PARAMETER = 'drafts';

/** What a read is allowed to show: drafts too only for an editor who asked for them. */
export interface DraftVisibility {
  readonly drafts: boolean;
}
