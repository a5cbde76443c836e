import type { GraphDatabase } from '../graph-database';

/** What a load asks the database about claims: ids it names but does not define, and quotes. */
export interface ClaimMatchRequest {
  readonly ids: readonly string[];
  readonly quotes: readonly { readonly speaker: string; readonly quoteKey: string }[];
}

/** The database's answer (see findClaimMatches). */
export interface ClaimMatches {
  /** For each asked id that names a claim: the claim it leads to (itself, or where its MergedId leads). */
  readonly claimOf: ReadonlyMap<string, string>;
  /** For each asked speaker and quote (keyed by speakerQuoteKey) that a stored claim has: that claim. */
  readonly byQuote: ReadonlyMap<string, string>;
}

/** How a speaker and a normalised quote are keyed in `ClaimMatches.byQuote`. */
export function speakerQuoteKey(speaker: string, quoteKey: string): string {
  return `${speaker}\u0000${quoteKey}`;
}

const FIND_CLAIMS_BY_ID = `
  UNWIND $ids AS id
  OPTIONAL MATCH (merged:MergedId {id: id})
  MATCH (c:Node:Claim {id: coalesce(merged.into, id)})
  RETURN id, c.id AS claim`;

// From the speaker (an index seek) to its claims: a speaker states far fewer claims than exist.
const FIND_CLAIMS_BY_QUOTE = `
  UNWIND $quotes AS quote
  MATCH (:Node {id: quote.speaker})-[:STATED]->(c:Claim)
  WHERE c.quoteKey = quote.quoteKey
  RETURN quote.speaker AS speaker, quote.quoteKey AS quoteKey, min(c.id) AS claim`;

/**
 * The stored claims a load's claim entries may be appearances of: those `request.ids` lead to,
 * and, for each speaker and normalised quote, the claim (the least id, if several) that speaker
 * stated with that quote. Claims stored before they carried a `quoteKey` match no quote. Two
 * queries; empty maps when nothing matches.
 */
export async function findClaimMatches(database: GraphDatabase, request: ClaimMatchRequest): Promise<ClaimMatches> {
  const byId = await database.read(FIND_CLAIMS_BY_ID, { ids: request.ids });
  const byQuote = await database.read(FIND_CLAIMS_BY_QUOTE, { quotes: request.quotes });
  return {
    claimOf: new Map(byId.records.map((record) => [record.get('id') as string, record.get('claim') as string])),
    byQuote: new Map(
      byQuote.records.map((record) => [
        speakerQuoteKey(record.get('speaker') as string, record.get('quoteKey') as string),
        record.get('claim') as string,
      ]),
    ),
  };
}
