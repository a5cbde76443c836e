import { findPassage } from './find-passage';
import type { EvidencePassage, FactBasisEntry } from './seed-file-schema';

/** The source a fact's evidence is looked up in. */
export interface FactSource {
  readonly id: string;
  /** How problems name the text, e.g. `valaam.txt`. */
  readonly textName: string;
  /** The text; null when it could not be read (that is reported elsewhere). */
  readonly text: string | null;
}

/**
 * What a fact rests on, as stored on its relationship. Evidence is four parallel lists (Neo4j
 * properties cannot hold maps): the i-th span is `evidenceTexts[i]` at code points
 * [`evidenceStarts[i]`, `evidenceEnds[i]`) of source `evidenceSources[i]`. A `BACKGROUND` fact
 * has empty lists and a `note` saying where the knowledge comes from.
 */
export interface FactProvenance {
  readonly basis: 'SOURCE' | 'BACKGROUND';
  readonly evidenceSources: string[];
  readonly evidenceStarts: number[];
  readonly evidenceEnds: number[];
  readonly evidenceTexts: string[];
  readonly note: string | null;
}

/** A span already located, for facts that rest on their claim's own passage. */
export interface LocatedSpan {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Checks one fact's basis and locates its evidence in `source`: exactly one of `evidence` and
 * `background`, and every passage found in the text (once, or at its `occurrence`). `where` is
 * the fact's path for problems (`valaam.json: events[0].participants[1]`). When the fact gives
 * neither and `fallback` is set (a claim's subject rests on the claim's own passage), the
 * fallback span is its evidence. Returns the provenance to store, or null with problems pushed.
 */
export function checkFactBasis(
  fact: FactBasisEntry,
  source: FactSource,
  where: string,
  fallback?: LocatedSpan,
): { provenance: FactProvenance | null; problems: string[] } {
  const problems: string[] = [];
  if (fact.evidence !== undefined && fact.background !== undefined) {
    problems.push(`${where}: a fact rests either on "evidence" from the source or on "background" knowledge, not both`);
    return { provenance: null, problems };
  }
  if (fact.background !== undefined) return { provenance: backgroundProvenance(fact.background), problems };
  if (fact.evidence === undefined) {
    if (fallback !== undefined) return { provenance: sourceProvenance([fallback]), problems };
    problems.push(
      `${where}: states a fact without a basis: give "evidence" (the passages of ${source.textName} that state it) or "background" (a note saying where the knowledge comes from)`,
    );
    return { provenance: null, problems };
  }
  const spans: LocatedSpan[] = [];
  fact.evidence.forEach((passage, i) => {
    const span = locateEvidence(passage, source, `${where}.evidence[${i}]`, problems);
    if (span !== null) spans.push(span);
  });
  return { provenance: problems.length > 0 || source.text === null ? null : sourceProvenance(spans), problems };
}

/** How a problem tells the author to pick one occurrence of a repeated passage. */
export interface OccurrenceHint {
  /** The fix to suggest when the passage occurs more than once. */
  readonly fix: string;
  /** The path of the field that chose an occurrence that does not exist. */
  readonly occurrencePath: string;
}

/**
 * Finds one evidence passage in the source text; null (with a problem) when it cannot be
 * placed. `where` is the passage's path; `hint` says how this kind of entry picks an occurrence
 * (by default `{ "passage": ..., "occurrence": n }`).
 */
export function locateEvidence(
  evidence: EvidencePassage,
  source: FactSource,
  where: string,
  problems: string[],
  hint: OccurrenceHint = {
    fix: 'write it as { "passage": ..., "occurrence": n } to say which',
    occurrencePath: `${where}.occurrence`,
  },
): LocatedSpan | null {
  if (source.text === null) return null;
  const { passage, occurrence } =
    typeof evidence === 'string' ? { passage: evidence, occurrence: undefined } : evidence;
  const search = findPassage(source.text, passage, occurrence);
  switch (search.kind) {
    case 'found':
      return { sourceId: source.id, start: search.span.start, end: search.span.end, text: passage };
    case 'missing':
      problems.push(`${where}: not found in ${source.textName}: ${JSON.stringify(abbreviate(passage))}`);
      return null;
    case 'ambiguous':
      problems.push(
        `${where}: occurs ${search.count} times in ${source.textName} (at ${search.spans
          .map((span) => span.start)
          .join(', ')}); ${hint.fix}`,
      );
      return null;
    case 'no-such-occurrence':
      problems.push(
        `${hint.occurrencePath}: asks for occurrence ${occurrence}, but the passage occurs ${search.count} time(s)`,
      );
      return null;
  }
}

/** The properties of a fact that rests on these spans. */
export function sourceProvenance(spans: readonly LocatedSpan[]): FactProvenance {
  return {
    basis: 'SOURCE',
    evidenceSources: spans.map((span) => span.sourceId),
    evidenceStarts: spans.map((span) => span.start),
    evidenceEnds: spans.map((span) => span.end),
    evidenceTexts: spans.map((span) => span.text),
    note: null,
  };
}

/** The properties of a fact known from outside the source. */
export function backgroundProvenance(note: string): FactProvenance {
  return { basis: 'BACKGROUND', evidenceSources: [], evidenceStarts: [], evidenceEnds: [], evidenceTexts: [], note };
}

export function abbreviate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
