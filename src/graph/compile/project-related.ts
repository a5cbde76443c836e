import neo4j from 'neo4j-driver';
import { unlessDraft } from '../draft-visibility';
import type { RelationshipType } from '../graph-model';
import { quoteKey, SOURCE_TEXT_KEY, SPAN_END_KEY, SPAN_START_KEY, type CompileScope } from './compile-scope';
import type { Direction, NodesSpec, WrappedSpec } from './field-table';
import { basisOf, noteOf, projectFactEvidence } from './project-provenance';
import { childrenOf, type FieldSelection } from './selection';

/** One step over a relationship: its type (from a fixed table), direction and variable (none when absent). */
export interface Hop {
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly variable?: string;
}

/** `(from)-[r:TYPE]->(to)` or its reverse. */
export function relationshipPattern(from: string, hop: Hop, to: string): string {
  const relationship = `[${hop.variable ?? ''}:${hop.type}]`;
  return hop.direction === 'out' ? `(${from})-${relationship}->(${to})` : `(${from})<-${relationship}-(${to})`;
}

/** A field of the selection with its entry in the field table. */
export interface SpecifiedField<Spec> {
  readonly spec: Spec;
  readonly field: FieldSelection;
}

/**
 * A list-valued (or, for `single`, node-valued) relationship field of node `variable`: a
 * COLLECT subquery over the relationship in the table's order, each item projected as the
 * sub-selection asks, at most `first` of them (`$pN_first`). `Source.mentions(types)` keeps the
 * labels in `$pN_labels`.
 */
export function projectRelated(
  variable: string,
  { spec, field }: SpecifiedField<NodesSpec | WrappedSpec>,
  scope: CompileScope,
): string {
  const { node, relationship } = scope.nextVariables();
  const labels = spec.kind === 'nodes' && spec.typesArgument === true && field.args.labels !== undefined;
  const first = field.args.first !== undefined;
  const prefix = labels || first ? scope.nextParameterGroup() : '';
  const parameters = scope.parametersOf(field);
  const conditions = [
    labels
      ? `any(label IN labels(${node}) WHERE label IN ${parameters.bind(`${prefix}_labels`, (f) => f.args.labels)})`
      : null,
    spec.claims === true ? `NOT ${node}:Retracted` : null,
    unlessDraft(node),
    // A fact only a draft states (a draft's leadership title) is hidden with the draft.
    spec.kind === 'wrapped' ? unlessDraft(relationship) : null,
  ].filter((condition) => condition !== null);
  const filter = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const limit = first ? `LIMIT ${parameters.bind(`${prefix}_first`, (f) => neo4j.int(f.args.first as number))}` : '';
  const item =
    spec.kind === 'nodes'
      ? scope.projectNode(node, childrenOf(field), scope)
      : projectWrapper({ node, relationship }, { spec, field }, scope);
  const order = spec.orderBy.replaceAll('m.', `${node}.`).replaceAll('r.', `${relationship}.`);
  const hop = { type: spec.relationship, direction: spec.direction, variable: relationship };
  const list = `COLLECT { MATCH ${relationshipPattern(variable, hop, node)} ${filter}
    WITH ${node}, ${relationship} ORDER BY ${order} ${limit} RETURN ${item} }`;
  return spec.kind === 'nodes' && spec.single === true ? `head(${list})` : list;
}

/** A wrapper object (Participation, Leader, Evidence, ...): relationship fields and the node. */
function projectWrapper(
  { node, relationship }: { readonly node: string; readonly relationship: string },
  { spec, field }: SpecifiedField<WrappedSpec>,
  scope: CompileScope,
): string {
  const entries: string[] = [];
  let excerptAdded = false;
  for (const fields of childrenOf(field).values()) {
    for (const child of fields) {
      const property = spec.relationshipFields[child.field];
      if (property !== undefined) entries.push(`${quoteKey(child.key)}: ${relationship}.${quoteKey(property)}`);
      else if (child.field === spec.nodeField)
        entries.push(`${quoteKey(child.key)}: ${scope.projectNode(node, childrenOf(child), scope)}`);
      else if (spec.fact === true && child.field === 'basis')
        entries.push(`${quoteKey(child.key)}: ${basisOf(relationship)}`);
      else if (spec.fact === true && child.field === 'note')
        entries.push(`${quoteKey(child.key)}: ${noteOf(relationship)}`);
      else if (spec.fact === true && child.field === 'evidence')
        entries.push(`${quoteKey(child.key)}: ${projectFactEvidence(relationship, child, scope)}`);
      else if (child.field === spec.excerptField) {
        if (excerptAdded) continue;
        excerptAdded = true;
        entries.push(
          `\`${SOURCE_TEXT_KEY}\`: ${node}.text, \`${SPAN_START_KEY}\`: ${relationship}.start, \`${SPAN_END_KEY}\`: ${relationship}.end`,
        );
      } else throw new Error(`The query compiler has no entry for ${child.field} of ${field.field}`);
    }
  }
  return `{${entries.join(', ')}}`;
}
