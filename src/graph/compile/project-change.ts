import neo4j from 'neo4j-driver';
import { quoteKey, type CompileScope } from './compile-scope';
import { childrenOf, type FieldSelection } from './selection';
import { unlessDraft } from '../draft-visibility';

/**
 * The change log's entries (`Change`, see change-log-statements.ts) as the compiler projects
 * them: scalar fields straight from the entry, `node` the node it touched first, found by id
 * (null when it no longer exists, e.g. the merged side of a merge).
 */
const CHANGE_FIELDS: Readonly<Record<string, (change: string) => string>> = {
  sequence: (c) => `${c}.sequence`,
  kind: (c) => `${c}.kind`,
  subject: (c) => `${c}.subject`,
  at: (c) => `${c}.at`,
  nodeIds: (c) => `coalesce(${c}.nodeIds, [])`,
  before: (c) => `${c}.before`,
  after: (c) => `${c}.after`,
};

/** Change entry `change` as the `Change`-typed field `field` selects it. */
export function projectChange(change: string, field: FieldSelection, scope: CompileScope): string {
  const entries: string[] = [];
  for (const fields of childrenOf(field).values())
    for (const child of fields) {
      const expression = CHANGE_FIELDS[child.field];
      if (expression !== undefined) entries.push(`${quoteKey(child.key)}: ${expression(change)}`);
      else if (child.field === 'node') {
        const { node } = scope.nextVariables();
        const found = `COLLECT { MATCH (${node}:Node {id: ${change}.nodeIds[0]}) WHERE ${unlessDraft(node)} RETURN ${scope.projectNode(node, childrenOf(child), scope)} }`;
        entries.push(`${quoteKey(child.key)}: head(${found})`);
      } else throw new Error(`The query compiler has no entry for Change.${child.field}`);
    }
  return `{${entries.join(', ')}}`;
}

/**
 * `history(after, first)` of node `variable`: the entries that touched it (ChangeTouch, indexed by
 * node id), oldest first.
 */
export function projectHistory(variable: string, field: FieldSelection, scope: CompileScope): string {
  const prefix = scope.nextParameterGroup();
  const { node: change } = scope.nextVariables();
  const touch = `${change}touch`;
  const parameters = scope.parametersOf(field);
  const after = parameters.bind(`${prefix}_after`, (f) => neo4j.int(f.args.after as number));
  const first = parameters.bind(`${prefix}_first`, (f) => neo4j.int(f.args.first as number));
  return `COLLECT {
    MATCH (${touch}:ChangeTouch {nodeId: ${variable}.id}) WHERE ${touch}.sequence > ${after}
    MATCH (${change}:Change {sequence: ${touch}.sequence})
    WITH DISTINCT ${change} ORDER BY ${change}.sequence LIMIT ${first}
    RETURN ${projectChange(change, field, scope)} }`;
}
