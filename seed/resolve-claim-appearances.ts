import { labelOfId, RELATIONSHIP_TYPES } from '../src/graph/graph-model';
import { speakerQuoteKey, type ClaimMatches, type ClaimMatchRequest } from '../src/graph/read/find-claim-matches';
import type { NodeRowParameter, RelationshipRowParameter } from '../src/graph/write/merge-statements';
import { emptyGraphRows, type GraphRows } from './graph-rows';

/** The Claim row property carrying an entry's `sameAs`; never stored (see resolveClaimAppearances). */
export const SAME_AS_KEY = 'sameAs';

/** An id that names an appearance of another claim, and the claim it leads to. */
export interface ClaimRedirect {
  readonly id: string;
  readonly into: string;
}

/** Rows with every appearance written onto its claim, and the redirects of the appearances' ids. */
export interface ResolvedRows extends GraphRows {
  readonly claimRedirects: readonly ClaimRedirect[];
}

/** Asks the database about the claims a load names but does not define (see findClaimMatches). */
export type ClaimMatchLookup = (request: ClaimMatchRequest) => Promise<ClaimMatches>;

/** What a load's Claim row says about the claim's identity. */
interface ClaimIdentity {
  readonly id: string;
  readonly sameAs: string | null;
  /** Speaker and normalised quote, when the claim has both. */
  readonly key: string | null;
}

/**
 * One claim, several appearances (docs/sources.md): a claim entry is one more appearance of an
 * existing claim when it says so (`sameAs`), or when its speaker and normalised quote are those
 * of a claim met earlier in the load or stored in the database. Such an entry is no node of its
 * own: its APPEARS_IN (with its own text and quote spans), speaker, subjects and links are
 * written onto the claim it is, and its id redirects there. Files are observed in load order, so
 * the first entry of a quote is the claim. `observe` every file's rows, `resolve` once, then
 * `rewrite` each file's rows (a streamed load rewrites them file by file).
 */
export class ClaimAppearanceResolver {
  private readonly identities: ClaimIdentity[] = [];
  private readonly defined = new Set<string>();
  private readonly referenced = new Set<string>();
  // Former ids of the load's claims: a stored claim under one is that claim before its rename.
  private readonly retired = new Set<string>();
  private readonly into = new Map<string, string>();
  private resolved = false;

  /** Remembers the claims one file's rows define, and the claims of other files they name. */
  observe(rows: GraphRows): void {
    const speakers = new Map(rows.relationships.STATED.map((row) => [row.to, row.from]));
    for (const row of rows.nodes.Claim) {
      const speaker = speakers.get(row.id);
      const quoteKey = row.properties.quoteKey;
      const sameAs = row.properties[SAME_AS_KEY];
      this.defined.add(row.id);
      this.identities.push({
        id: row.id,
        sameAs: typeof sameAs === 'string' ? sameAs : null,
        key:
          speaker !== undefined && typeof quoteKey === 'string' && quoteKey !== ''
            ? speakerQuoteKey(speaker, quoteKey)
            : null,
      });
      if (typeof sameAs === 'string') this.referenced.add(sameAs);
      const formerIds = row.properties.formerIds;
      if (Array.isArray(formerIds))
        for (const former of formerIds) if (typeof former === 'string') this.retired.add(former);
    }
    for (const type of ['DISPUTES', 'SUPPORTS', 'ABOUT'] as const)
      for (const row of rows.relationships[type]) for (const end of [row.from, row.to]) this.noteReference(end);
  }

  /**
   * Decides which entries are appearances, asking `lookup` (when given) about claims the load
   * names but does not define and about quotes met before. Returns the problems (an entry whose
   * `sameAs` chain comes back to it), empty when sound.
   */
  async resolve(lookup: ClaimMatchLookup | null): Promise<string[]> {
    const quotes = [...new Set(this.identities.flatMap(({ key, sameAs }) => (key === null || sameAs ? [] : [key])))];
    const external = [...this.referenced].filter((id) => !this.defined.has(id));
    const stored =
      lookup === null || (quotes.length === 0 && external.length === 0)
        ? { claimOf: new Map<string, string>(), byQuote: new Map<string, string>() }
        : await lookup({
            ids: external,
            quotes: quotes.map((key) => {
              const [speaker = '', quoteKey = ''] = key.split('\u0000');
              return { speaker, quoteKey };
            }),
          });
    const first = new Map<string, string>();
    for (const { id, key, sameAs } of this.identities) {
      if (key === null || sameAs !== null) continue;
      const storedClaim = stored.byQuote.get(key);
      const claim =
        first.get(key) ?? (storedClaim !== undefined && this.retired.has(storedClaim) ? undefined : storedClaim);
      if (claim === undefined || claim === id) first.set(key, id);
      else {
        first.set(key, claim);
        this.into.set(id, claim);
      }
    }
    for (const [id, claim] of stored.claimOf) if (id !== claim) this.into.set(id, claim);
    const problems: string[] = [];
    for (const { id, sameAs } of this.identities) if (sameAs !== null) this.into.set(id, sameAs);
    for (const { id, sameAs } of this.identities)
      if (sameAs !== null && this.claimOf(id) === null)
        problems.push(`claim "${id}": its sameAs leads back to itself (through "${sameAs}")`);
    this.resolved = true;
    return problems;
  }

  /** `rows` with every appearance written onto its claim (see the class). */
  rewrite(rows: GraphRows): ResolvedRows {
    if (!this.resolved) throw new Error('ClaimAppearanceResolver.rewrite needs resolve() first');
    const claimRedirects: ClaimRedirect[] = [];
    const claims: NodeRowParameter[] = [];
    for (const row of rows.nodes.Claim) {
      const claim = this.claimOf(row.id) ?? row.id;
      if (claim !== row.id) claimRedirects.push({ id: row.id, into: claim });
      else claims.push({ id: row.id, properties: withoutSameAs(row.properties) });
    }
    const { relationships } = emptyGraphRows();
    for (const type of RELATIONSHIP_TYPES) relationships[type] = this.rewriteRelationships(rows.relationships[type]);
    return {
      nodes: { ...rows.nodes, Claim: claims, Source: rows.nodes.Source.map((row) => this.rewriteLedger(row)) },
      relationships,
      claimRedirects,
    };
  }

  private noteReference(id: string): void {
    if (labelOfId(id) === 'Claim') this.referenced.add(id);
  }

  /** The claim `id` is (itself when it is no appearance); null for a sameAs chain that loops. */
  private claimOf(id: string): string | null {
    const seen = new Set<string>();
    let current = id;
    for (let next = this.into.get(current); next !== undefined; next = this.into.get(current)) {
      if (seen.has(current)) return null;
      seen.add(current);
      current = next;
    }
    return current;
  }

  private rewriteRelationships(list: readonly RelationshipRowParameter[]): RelationshipRowParameter[] {
    if (this.into.size === 0) return [...list];
    const seen = new Set<string>();
    const rewritten: RelationshipRowParameter[] = [];
    for (const row of list) {
      const from = this.claimOf(row.from) ?? row.from;
      const to = this.claimOf(row.to) ?? row.to;
      const pair = `${from}\u0000${to}`;
      // One claim appears once in a source: two entries of one file that are one claim keep the first.
      if (row.contributions === undefined && seen.has(pair)) continue;
      seen.add(pair);
      rewritten.push(from === row.from && to === row.to ? row : { ...row, from, to });
    }
    return rewritten;
  }

  /** A source's ledger names the claims its facts are on, so it follows them too. */
  private rewriteLedger(row: NodeRowParameter): NodeRowParameter {
    const { factFroms, factTos } = row.properties;
    if (this.into.size === 0 || !Array.isArray(factFroms) || !Array.isArray(factTos)) return row;
    const follow = (ids: unknown[]) => ids.map((id) => (typeof id === 'string' ? (this.claimOf(id) ?? id) : id));
    return { id: row.id, properties: { ...row.properties, factFroms: follow(factFroms), factTos: follow(factTos) } };
  }
}

function withoutSameAs(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { [SAME_AS_KEY]: _sameAs, ...rest } = properties;
  return rest;
}

/** The rows of one in-memory load, resolved (see ClaimAppearanceResolver). */
export async function resolveClaimAppearances(
  rows: GraphRows,
  lookup: ClaimMatchLookup | null,
): Promise<{ rows: ResolvedRows; problems: string[] }> {
  const resolver = new ClaimAppearanceResolver();
  resolver.observe(rows);
  const problems = await resolver.resolve(lookup);
  return { rows: resolver.rewrite(rows), problems };
}
