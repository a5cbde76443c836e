import neo4j from 'neo4j-driver';
import { unlessDraft } from '../draft-visibility';
import { quoteKey, type CompileScope } from './compile-scope';
import { projectEdges, type PageArguments } from './project-occurrences';
import { projectSpan } from './project-span';
import { argumentsOf, childrenOf, type FieldSelection } from './selection';

/**
 * A claim's appearances: its APPEARS_IN relationships, one per source that reports it (see
 * docs/sources.md). Each holds the passage (`start`, `end`, `text`), the source's own wording of
 * the claim (`claimText`) and the spans of its quote's pieces (`quoteStarts`, `quoteEnds`,
 * `quoteTexts`, parallel lists).
 */

/** The one order of appearances, as their cursors name it: oldest source first, undated last. */
export const APPEARANCE_ORDER = 'published ASC, source ASC';

/** An undated source sorts after every dated one (a partial date is at most "9999-12-31"). */
const UNDATED = "'~'";

/** The sort key of source `source`: its publication date (UNDATED when it has none). */
const publishedKey = (source: string) => `coalesce(${source}.published, ${UNDATED})`;

/** The spans of a quote's pieces stored on APPEARS_IN `relationship` to `source`, as `evidence` selects them. */
function projectQuotePieces(
  { source, relationship }: { readonly source: string; readonly relationship: string },
  evidence: FieldSelection,
  scope: CompileScope,
): string {
  const i = `${source}q`;
  const span = projectSpan(
    {
      source,
      start: `${relationship}.quoteStarts[${i}]`,
      end: `${relationship}.quoteEnds[${i}]`,
      text: `${relationship}.quoteTexts[${i}]`,
    },
    evidence,
    scope,
  );
  return `[${i} IN range(0, size(coalesce(${relationship}.quoteStarts, [])) - 1) | ${span}]`;
}

/**
 * `Claim.quoteParts`: the pieces' spans in the source whose entry defines claim `variable`
 * (`definedIn`); a claim written before it said falls back on its oldest appearance.
 */
export function projectQuoteParts(variable: string, evidence: FieldSelection, scope: CompileScope): string {
  const { node: source, relationship } = scope.nextVariables();
  return `coalesce(head(COLLECT {
    MATCH (${variable})-[${relationship}:APPEARS_IN]->(${source}:Source)
    WITH ${source}, ${relationship}
    ORDER BY CASE WHEN ${source}.id = ${variable}.definedIn THEN 0 ELSE 1 END, ${publishedKey(source)}, ${source}.id
    LIMIT 1
    RETURN ${projectQuotePieces({ source, relationship }, evidence, scope)} }), [])`;
}

/** `Claim.firstSeen`: the publication date of the oldest dated source claim `variable` appears in. */
export function firstSeenOf(variable: string): string {
  const source = `${variable}firstSeen`;
  return `head(COLLECT { MATCH (${variable})-[:APPEARS_IN]->(${source}:Source) WHERE ${source}.published IS NOT NULL
    RETURN ${source}.published AS published ORDER BY published })`;
}

/** One ClaimAppearance, keyed by response key as its selection asks. */
function projectAppearance(
  { claim, source, relationship }: { readonly claim: string; readonly source: string; readonly relationship: string },
  appearance: FieldSelection,
  scope: CompileScope,
): string {
  const entries: string[] = [];
  for (const fields of childrenOf(appearance).values())
    for (const child of fields) {
      const key = quoteKey(child.key);
      if (child.field === 'source') entries.push(`${key}: ${scope.projectNode(source, childrenOf(child), scope)}`);
      else if (child.field === 'text') entries.push(`${key}: coalesce(${relationship}.claimText, ${claim}.text)`);
      else if (child.field === 'evidence') {
        const span = { source, start: `${relationship}.start`, end: `${relationship}.end` };
        entries.push(`${key}: [${projectSpan({ ...span, text: `coalesce(${relationship}.text, '')` }, child, scope)}]`);
      } else if (child.field === 'quoteParts')
        entries.push(`${key}: ${projectQuotePieces({ source, relationship }, child, scope)}`);
      else throw new Error(`The query compiler has no entry for ClaimAppearance.${child.field}`);
    }
  return `{${entries.join(', ')}}`;
}

/**
 * `Claim.appearances`: a page of claim `variable`'s appearances in APPEARANCE_ORDER, in the shape
 * the connection resolvers read (see projectOccurrences); the cursor holds the source's sort key
 * and id. The total is the number of APPEARS_IN relationships, read without expanding them.
 */
export function projectAppearances(variable: string, connection: FieldSelection, scope: CompileScope): string {
  const prefix = scope.nextParameterGroup();
  const { node: source, relationship } = scope.nextVariables();
  const parameters = scope.parametersOf(connection);
  const page = (f: FieldSelection) => argumentsOf<PageArguments>(f);
  const published = `${source}published`;
  const afterGiven = connection.args.after !== undefined;
  const cursor = () => [0, 1].map((index) => parameters.bind(`${prefix}_after${index}`, (f) => page(f).after?.[index]));
  const after = afterGiven ? `WHERE [${published}, ${source}.id] > [${cursor().join(', ')}]` : '';
  const byEdges = projectEdges(connection, (node) =>
    projectAppearance({ claim: variable, source, relationship }, node, scope),
  );
  // A draft article's appearances are hidden with its source.
  const appearances = `(${variable})-[${relationship}:APPEARS_IN]->(${source}:Source) WHERE ${unlessDraft(source)}`;
  const limit = parameters.bind(`${prefix}_limit`, (f) => neo4j.int(page(f).first + 1));
  const items = `COLLECT {
    MATCH ${appearances}
    WITH ${source}, ${relationship}, ${publishedKey(source)} AS ${published}
    ${after}
    WITH ${source}, ${relationship}, ${published} ORDER BY ${published}, ${source}.id LIMIT ${limit}
    RETURN {key: [${published}, ${source}.id], n: {${byEdges.join(', ')}}} }`;
  const total = `COUNT { MATCH ${appearances} }`;
  const size = parameters.bind(`${prefix}_size`, (f) => neo4j.int(page(f).first));
  return `{items: ${items}, size: ${size}, order: '${APPEARANCE_ORDER}', afterGiven: ${afterGiven}, total: ${total}}`;
}
