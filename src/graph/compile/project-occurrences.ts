import neo4j from 'neo4j-driver';
import { quoteKey, type CompileScope } from './compile-scope';
import { projectSpan } from './project-span';
import { argumentsOf, childrenOf, type FieldSelection } from './selection';
import { unlessDraft } from '../draft-visibility';

/** The page arguments of an unordered connection (occurrences), checked and decoded. */
export interface PageArguments {
  readonly first: number;
  /** The decoded `after` cursor, absent for the first page. */
  readonly after?: readonly (string | number)[];
}

/** The one order of occurrences, as their cursors name it (see signatureOf). */
export const OCCURRENCE_ORDER = 'source ASC, start ASC';

/**
 * `occurrences`: where the sources mention node `variable` (MENTIONED_IN's parallel `starts`,
 * `ends`, `texts`), as a page in the shape the connection resolvers read (see
 * projectClaimPage), ordered by source id, then offset; the cursor holds `[sourceId, start]`.
 * The total adds up the span lists, without expanding them.
 */
export function projectOccurrences(variable: string, connection: FieldSelection, scope: CompileScope): string {
  const prefix = scope.nextParameterGroup();
  const { node: source, relationship } = scope.nextVariables();
  const parameters = scope.parametersOf(connection);
  const page = (f: FieldSelection) => argumentsOf<PageArguments>(f);
  const [i, start, end, text] = ['i', 'start', 'end', 'text'].map((name) => `${source}${name}`) as [
    string,
    string,
    string,
    string,
  ];
  const afterGiven = connection.args.after !== undefined;
  const cursor = () => [0, 1].map((index) => parameters.bind(`${prefix}_after${index}`, (f) => page(f).after?.[index]));
  const after = afterGiven ? `WHERE [${source}.id, ${start}] > [${cursor().join(', ')}]` : '';
  const byEdges = projectEdges(connection, (node) => projectSpan({ source, start, end, text }, node, scope));
  // A draft article's mentions are hidden with its source.
  const mentions = `(${variable})-[${relationship}:MENTIONED_IN]->(${source}:Source) WHERE ${unlessDraft(source)}`;
  const items = `COLLECT {
    MATCH ${mentions}
    UNWIND range(0, size(coalesce(${relationship}.starts, [])) - 1) AS ${i}
    WITH ${source}, ${relationship}.starts[${i}] AS ${start}, ${relationship}.ends[${i}] AS ${end},
      coalesce(${relationship}.texts[${i}], '') AS ${text}
    ${after}
    WITH ${source}, ${start}, ${end}, ${text} ORDER BY ${source}.id, ${start} LIMIT ${parameters.bind(`${prefix}_limit`, (f) => neo4j.int(page(f).first + 1))}
    RETURN {key: [${source}.id, ${start}], n: {${byEdges.join(', ')}}} }`;
  const total = `reduce(total = 0, count IN COLLECT { MATCH ${mentions} RETURN size(coalesce(${relationship}.starts, [])) } | total + count)`;
  return `{items: ${items}, size: ${parameters.bind(`${prefix}_size`, (f) => neo4j.int(page(f).first))}, order: '${OCCURRENCE_ORDER}', afterGiven: ${afterGiven}, total: ${total}}`;
}

/**
 * The `edges` selections of a connection's page item, each as `{node: ...}` with `projectNode`
 * writing the node (the connection's own shape, shared by occurrences and appearances).
 */
export function projectEdges(connection: FieldSelection, projectNode: (node: FieldSelection) => string): string[] {
  const byEdges: string[] = [];
  for (const fields of childrenOf(connection).values())
    for (const edges of fields) {
      if (edges.field !== 'edges') continue;
      const nodes: string[] = [];
      for (const edgeFields of childrenOf(edges).values())
        for (const edgeField of edgeFields)
          if (edgeField.field === 'node') nodes.push(`${quoteKey(edgeField.key)}: ${projectNode(edgeField)}`);
      byEdges.push(`${quoteKey(edges.key)}: {${nodes.join(', ')}}`);
    }
  return byEdges;
}
