import { closestTextHint } from './find-closest-text';
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

/** Where a fact is checked: its source, its path for problems, and an optional fallback span. */
export interface FactContext {
  readonly source: FactSource;
  /** The fact's path for problems, e.g. `valaam.json: events[0].participants[1]`. */
  readonly where: string;
  /** The span a fact with neither evidence nor background rests on (a claim's own passage). */
  readonly fallback?: LocatedSpan | undefined;
  /** How to pick one occurrence of a repeated passage, when not the seed format's `occurrence`. */
  readonly occurrenceFix?: string | undefined;
}

/**
 * Checks one fact's basis and locates its evidence in the source: exactly one of `evidence` and
 * `background`, and every passage found in the text (once, or at its `occurrence`). When the
 * fact gives neither and a `fallback` is set, the fallback span is its evidence. Returns the
 * provenance to store (null when there are problems or the text is missing) and the problems.
 */
export function checkFactBasis(
  fact: FactBasisEntry,
  { source, where, fallback, occurrenceFix }: FactContext,
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
    const path = `${where}.evidence[${i}]`;
    const hint = occurrenceFix === undefined ? undefined : { fix: occurrenceFix, occurrencePath: `${path}.occurrence` };
    const located = locateEvidence(passage, { source, where: path, hint });
    problems.push(...located.problems);
    if (located.span !== null) spans.push(located.span);
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
 * Finds one evidence passage in the source text. `where` is the passage's path; `hint` says how
 * this kind of entry picks an occurrence (by default `{ "passage": ..., "occurrence": n }`).
 * Returns the span, or null with the problems (and null without any when the text is missing,
 * which is reported where the text file is named).
 */
export function locateEvidence(
  evidence: EvidencePassage,
  { source, where, hint }: { source: FactSource; where: string; hint?: OccurrenceHint },
): { span: LocatedSpan | null; problems: string[] } {
  const fix = hint?.fix ?? 'write it as { "passage": ..., "occurrence": n } to say which';
  const occurrencePath = hint?.occurrencePath ?? `${where}.occurrence`;
  if (source.text === null) return { span: null, problems: [] };
  const { passage, occurrence } =
    typeof evidence === 'string' ? { passage: evidence, occurrence: undefined } : evidence;
  const search = findPassage(source.text, passage, occurrence);
  switch (search.kind) {
    case 'found':
      return {
        span: { sourceId: source.id, start: search.span.start, end: search.span.end, text: passage },
        problems: [],
      };
    case 'missing':
      return {
        span: null,
        problems: [
          `${where}: not found in ${source.textName}: ${JSON.stringify(abbreviate(passage))}${closestTextHint(source.text, passage)}`,
        ],
      };
    case 'ambiguous': {
      const offsets = search.spans.map((span) => span.start).join(', ');
      return {
        span: null,
        problems: [`${where}: occurs ${search.count} times in ${source.textName} (at ${offsets}); ${fix}`],
      };
    }
    case 'no-such-occurrence':
      return {
        span: null,
        problems: [
          `${occurrencePath}: asks for occurrence ${occurrence}, but the passage occurs ${search.count} time(s)`,
        ],
      };
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
