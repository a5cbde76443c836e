import type { FieldSelection, RootSelection, TypedSelections } from './selection';

/** Reads one parameter's value from the field of a request that it was compiled from. */
export type FieldRead = (field: FieldSelection) => unknown;

/** The parameters a field's Cypher takes: each recorded with how to read its value from that field. */
export interface FieldParameters {
  /** Records that `$name` holds `read(field)` for each request, and returns `$name` for the text. */
  bind(name: string, read: FieldRead): string;
}

/**
 * A compiled root field: the Cypher text, and the values of its parameters for a request whose
 * selection has the same shape (see shapeOf). Both come from one walk of the selection, so a
 * cached text and the values bound into it cannot fall out of step.
 */
export interface CompiledPlan {
  readonly text: string;
  bind(selection: RootSelection): Record<string, unknown>;
}

/** One step from a field to a sub-field: the concrete type's branch and the position in it. */
interface Step {
  readonly type: string;
  readonly index: number;
}

/** The parameters read from one field, found by the steps from the root. */
interface FieldBindings {
  readonly path: readonly Step[];
  readonly reads: [name: string, read: FieldRead][];
}

/**
 * Names handed out while one statement is compiled, and the parameters it takes. Nested
 * subqueries see the variables of the levels around them, so every level binds fresh ones.
 * Each parameter is recorded with the position of its field in the selection (type and index
 * at each level): selections of one shape have the same fields at the same positions, so a
 * later request's values are read straight from its own selection, without walking it.
 */
export class CompileScope {
  private variables = 0;
  private parameterGroups = 0;
  private readonly paths = new Map<FieldSelection, readonly Step[]>();
  private readonly bindings = new Map<FieldSelection, FieldBindings>();

  /** `projectNode`, handed in by the compiler so nested levels can recurse without an import cycle. */
  constructor(
    readonly projectNode: NodeProjector,
    root: RootSelection,
  ) {
    this.indexPaths(root, []);
  }

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

  /** The parameters of `field`, a field of the selection this scope compiles. */
  parametersOf(field: FieldSelection): FieldParameters {
    const path = this.paths.get(field);
    if (path === undefined) throw new Error(`${field.field} is not a field of the selection being compiled`);
    let entry = this.bindings.get(field);
    if (entry === undefined) {
      entry = { path, reads: [] };
      this.bindings.set(field, entry);
    }
    const reads = entry.reads;
    return {
      bind: (name, read) => {
        reads.push([name, read]);
        return `$${name}`;
      },
    };
  }

  /** The plan of `text`, binding the parameters recorded while it was compiled. */
  planOf(text: string): CompiledPlan {
    const bindings = [...this.bindings.values()].filter((entry) => entry.reads.length > 0);
    return {
      text,
      bind(selection) {
        const parameters: Record<string, unknown> = {};
        for (const { path, reads } of bindings) {
          const field = fieldAt(selection, path);
          for (const [name, read] of reads) parameters[name] = read(field);
        }
        return parameters;
      },
    };
  }

  private indexPaths(field: FieldSelection, path: readonly Step[]): void {
    if (this.paths.has(field)) throw new Error(`${field.field} appears twice in one selection`);
    this.paths.set(field, path);
    for (const [type, fields] of field.children ?? [])
      fields.forEach((child, index) => this.indexPaths(child, [...path, { type, index }]));
  }
}

/** The field at `path` in a selection of the shape the path was taken in. */
function fieldAt(root: FieldSelection, path: readonly Step[]): FieldSelection {
  let field = root;
  for (const { type, index } of path) {
    const next = field.children?.get(type)?.[index];
    if (next === undefined)
      throw new Error(`A selection of another shape was bound: no ${type}[${index}] in ${field.field}`);
    field = next;
  }
  return field;
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
