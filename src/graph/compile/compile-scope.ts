import type { TypedSelections } from './selection';

/**
 * Names handed out while one statement is compiled. Nested subqueries see the variables of the
 * levels around them, so every level binds fresh ones. Parameters are named by the order in
 * which their fields are met; `bind-parameters.ts` walks a selection in the same order, so a
 * cached text and freshly bound values always agree.
 */
export class CompileScope {
  private variables = 0;
  private parameterGroups = 0;

  /** `projectNode`, handed in by the compiler so nested levels can recurse without an import cycle. */
  constructor(readonly projectNode: NodeProjector) {}

  /** A fresh node variable and its relationship variable, e.g. `n3` and `r3`. */
  nextVariables(): { readonly node: string; readonly relationship: string } {
    this.variables += 1;
    return { node: `n${this.variables}`, relationship: `r${this.variables}` };
  }

  /** The prefix of the next field's parameters, e.g. `p2` for `$p2_limit`. */
  nextParameterGroup(): string {
    const prefix = `p${this.parameterGroups}`;
    this.parameterGroups += 1;
    return prefix;
  }
}

/** Quotes a response key or property name for a Cypher map; both are GraphQL names already. */
export function quoteKey(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new Error(`Not a GraphQL name: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** Hidden keys of compiled maps: `#` cannot start a GraphQL alias, so they never collide. */
export const TYPE_KEY = '#type';
export const SOURCE_TEXT_KEY = '#sourceText';
export const SPAN_START_KEY = '#start';
export const SPAN_END_KEY = '#end';

/** Builds the Cypher expression of a node's sub-selection; passed down so nested levels recurse. */
export type NodeProjector = (variable: string, branches: TypedSelections, scope: CompileScope) => string;
