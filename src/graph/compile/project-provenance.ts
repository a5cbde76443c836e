import type { CompileScope } from './compile-scope';
import { projectSpan } from './project-span';
import type { FieldSelection } from './selection';

/**
 * What a fact relationship rests on, as stored by the seed loader and the curation writes:
 * `basis`, the parallel evidence lists (`evidenceSources`, `evidenceStarts`, `evidenceEnds`,
 * `evidenceTexts`; Neo4j properties cannot hold maps) and `note`.
 */

/** The note of a fact loaded before facts carried a basis: nothing shows the source states it. */
export const UNRECORDED_BASIS_NOTE = 'No basis recorded: loaded before facts carried their evidence.';

const recorded = (relationship: string) => `${relationship}.basis IN ['SOURCE', 'BACKGROUND']`;

/** SOURCE or BACKGROUND; a fact stored without a basis counts as BACKGROUND. */
export function basisOf(relationship: string): string {
  return `CASE WHEN ${recorded(relationship)} THEN ${relationship}.basis ELSE 'BACKGROUND' END`;
}

/** Where background knowledge comes from; for a fact without a basis, UNRECORDED_BASIS_NOTE. */
export function noteOf(relationship: string): string {
  return `CASE WHEN ${recorded(relationship)} THEN ${relationship}.note ELSE '${UNRECORDED_BASIS_NOTE}' END`;
}

/** The fact's evidence spans, in stored order, each projected as the `evidence` field selects. */
export function projectFactEvidence(relationship: string, evidence: FieldSelection, scope: CompileScope): string {
  const { node: source } = scope.nextVariables();
  const [i, id, start, end, text] = ['i', 'id', 'start', 'end', 'text'].map((name) => `${source}${name}`) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const span = projectSpan({ source, start, end, text }, evidence, scope);
  return `COLLECT {
    UNWIND range(0, size(coalesce(${relationship}.evidenceSources, [])) - 1) AS ${i}
    WITH ${i}, ${relationship}.evidenceSources[${i}] AS ${id}, ${relationship}.evidenceStarts[${i}] AS ${start},
      ${relationship}.evidenceEnds[${i}] AS ${end}, coalesce(${relationship}.evidenceTexts[${i}], '') AS ${text}
    MATCH (${source}:Source {id: ${id}})
    WITH ${source}, ${i}, ${start}, ${end}, ${text} ORDER BY ${i}
    RETURN ${span} }`;
}
