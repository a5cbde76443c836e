import type { EvidenceSpan } from './find-evidence';

/** What a fact rests on, as the API shows it beside the relationship's own fields. */
export interface FactProvenanceView {
  readonly basis: 'SOURCE' | 'BACKGROUND';
  /** The passages of a `SOURCE` fact; empty for `BACKGROUND`. */
  readonly evidence: readonly EvidenceSpan[];
  /** Where `BACKGROUND` knowledge comes from; null for `SOURCE`. */
  readonly note: string | null;
}

/** The note of a fact loaded before facts carried a basis: it is not known to be in the source. */
export const UNRECORDED_BASIS_NOTE = 'No basis recorded: loaded before facts carried their evidence.';

/**
 * Reads a fact relationship's stored provenance (see `FACT_TYPES`): `basis`, the parallel
 * evidence lists (`evidenceSources`, `evidenceStarts`, `evidenceEnds`, `evidenceTexts`) and
 * `note`. A relationship without a basis is reported as BACKGROUND with UNRECORDED_BASIS_NOTE,
 * since nothing shows the source states it. Pure: it reads the properties a relationship query
 * already returned (`properties(r)`).
 */
export function provenanceOf(properties: Readonly<Record<string, unknown>>): FactProvenanceView {
  if (properties.basis !== 'SOURCE' && properties.basis !== 'BACKGROUND')
    return { basis: 'BACKGROUND', evidence: [], note: UNRECORDED_BASIS_NOTE };
  const sources = listOf<string>(properties.evidenceSources);
  const starts = listOf<number>(properties.evidenceStarts);
  const ends = listOf<number>(properties.evidenceEnds);
  const texts = listOf<string>(properties.evidenceTexts);
  const evidence = sources.map((sourceId, i) => ({
    sourceId,
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
    text: texts[i] ?? '',
  }));
  return { basis: properties.basis, evidence, note: typeof properties.note === 'string' ? properties.note : null };
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
