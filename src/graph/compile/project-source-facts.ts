import { ANY_NODE_LABEL } from '../graph-model';
import { quoteKey, type CompileScope } from './compile-scope';
import neo4j from 'neo4j-driver';
import { projectSpan } from './project-span';
import { childrenOf, type FieldSelection } from './selection';

/**
 * `Source.facts`: the facts source `variable` contributes to, read from its ledger (`factTypes`,
 * `factFroms`, `factTos`, parallel lists the loader keeps; see docs/sources.md) in ledger order,
 * at most `$pN_first`. Each fact is found by an index seek on its start and an expansion to its
 * end; its basis, evidence and note are this source's share of the fact's parallel lists. A
 * ledger entry whose fact is gone (a curator removed it) is left out.
 */
export function projectSourceFacts(variable: string, field: FieldSelection, scope: CompileScope): string {
  const limit =
    field.args.first === undefined
      ? ''
      : `LIMIT ${scope.parametersOf(field).bind(`${scope.nextParameterGroup()}_first`, (f) => neo4j.int(f.args.first as number))}`;
  const { node: to, relationship } = scope.nextVariables();
  const from = `${to}from`;
  const i = `${to}i`;
  const entries: string[] = [];
  for (const fields of childrenOf(field).values())
    for (const child of fields) {
      const key = quoteKey(child.key);
      if (child.field === 'type') entries.push(`${key}: type(${relationship})`);
      else if (child.field === 'from') entries.push(`${key}: ${scope.projectNode(from, childrenOf(child), scope)}`);
      else if (child.field === 'to') entries.push(`${key}: ${scope.projectNode(to, childrenOf(child), scope)}`);
      else if (child.field === 'basis')
        entries.push(
          `${key}: CASE WHEN ${variable}.id IN coalesce(${relationship}.evidenceSources, []) THEN 'SOURCE' ELSE 'BACKGROUND' END`,
        );
      else if (child.field === 'note') entries.push(`${key}: ${ownNote(variable, relationship)}`);
      else if (child.field === 'evidence')
        entries.push(`${key}: ${ownEvidence({ source: variable, relationship }, child, scope)}`);
      else throw new Error(`The query compiler has no entry for SourceFact.${child.field}`);
    }
  return `COLLECT {
    UNWIND range(0, size(coalesce(${variable}.factTypes, [])) - 1) AS ${i}
    MATCH (${from}:${ANY_NODE_LABEL} {id: ${variable}.factFroms[${i}]})-[${relationship}]->(${to}:${ANY_NODE_LABEL} {id: ${variable}.factTos[${i}]})
    WHERE type(${relationship}) = ${variable}.factTypes[${i}]
    WITH ${from}, ${relationship}, ${to}, ${i} ORDER BY ${i} ${limit}
    RETURN {${entries.join(', ')}} }`;
}

/** The spans of fact `relationship` that source `source` gives, in stored order. */
function ownEvidence(
  { source, relationship }: { readonly source: string; readonly relationship: string },
  evidence: FieldSelection,
  scope: CompileScope,
): string {
  const j = `${relationship}e`;
  const span = projectSpan(
    {
      source,
      start: `${relationship}.evidenceStarts[${j}]`,
      end: `${relationship}.evidenceEnds[${j}]`,
      text: `coalesce(${relationship}.evidenceTexts[${j}], '')`,
    },
    evidence,
    scope,
  );
  return `[${j} IN range(0, size(coalesce(${relationship}.evidenceSources, [])) - 1)
    WHERE ${relationship}.evidenceSources[${j}] = ${source}.id | ${span}]`;
}

/** Source `source`'s background note on fact `relationship`, or null. */
function ownNote(source: string, relationship: string): string {
  const j = `${relationship}b`;
  return `head([${j} IN range(0, size(coalesce(${relationship}.backgroundSources, [])) - 1)
    WHERE ${relationship}.backgroundSources[${j}] = ${source}.id | ${relationship}.backgroundNotes[${j}]])`;
}
