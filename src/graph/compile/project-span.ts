import { quoteKey, SOURCE_TEXT_KEY, SPAN_END_KEY, SPAN_START_KEY, type CompileScope } from './compile-scope';
import { childrenOf, type FieldSelection } from './selection';

/** A span of a source's text as Cypher expressions: the source node's variable and the offsets. */
export interface SpanExpressions {
  readonly source: string;
  readonly start: string;
  readonly end: string;
  readonly text: string;
}

/**
 * An `Evidence` object (a W3C TextPositionSelector on a source) from span expressions, keyed by
 * response key as `evidence` selects it. The excerpt is cut by its resolver, from the source text
 * and the offsets under hidden keys, so the text is read once however often `excerpt` is aliased.
 */
export function projectSpan(span: SpanExpressions, evidence: FieldSelection, scope: CompileScope): string {
  const entries: string[] = [];
  let excerptAdded = false;
  for (const fields of childrenOf(evidence).values())
    for (const child of fields) {
      if (child.field === 'source')
        entries.push(`${quoteKey(child.key)}: ${scope.projectNode(span.source, childrenOf(child), scope)}`);
      else if (child.field === 'start' || child.field === 'end' || child.field === 'text')
        entries.push(`${quoteKey(child.key)}: ${span[child.field]}`);
      else if (child.field === 'excerpt') {
        if (excerptAdded) continue;
        excerptAdded = true;
        entries.push(
          `\`${SOURCE_TEXT_KEY}\`: ${span.source}.text, \`${SPAN_START_KEY}\`: ${span.start}, \`${SPAN_END_KEY}\`: ${span.end}`,
        );
      } else throw new Error(`The query compiler has no entry for Evidence.${child.field}`);
    }
  return `{${entries.join(', ')}}`;
}
