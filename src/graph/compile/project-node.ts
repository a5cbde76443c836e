import { NODE_LABELS, type NodeLabel } from '../graph-model';
import { quoteKey, TYPE_KEY, type CompileScope, type NodeProjector } from './compile-scope';
import { fieldSpecOf, type EmbeddedSpec } from './field-table';
import { projectHistory } from './project-change';
import { projectClaimPage } from './project-claim-page';
import { projectOccurrences } from './project-occurrences';
import { projectAppearances, projectQuoteParts } from './project-appearances';
import { projectSourceFacts } from './project-source-facts';
import { projectRelated, type SpecifiedField } from './project-related';
import { childrenOf, type FieldSelection } from './selection';

/**
 * The Cypher map expression for node `variable` with the selections of its possible types: keyed
 * by response key, with its GraphQL type under a hidden key for `__resolveType`. A node that may
 * be of several types is projected with a CASE on its label, each branch its own type's map.
 */
export const projectNode: NodeProjector = (variable, branches, scope) => {
  const maps = [...branches].map(([type, fields]) => ({
    label: labelOf(type),
    map: projectFields(variable, { type, fields }, scope),
  }));
  const only = maps[0];
  if (maps.length === 1 && only !== undefined) return only.map;
  const cases = maps.map(({ label, map }) => `WHEN ${variable}:${label} THEN ${map}`).join(' ');
  return `CASE ${cases} END`;
};

function projectFields(
  variable: string,
  { type, fields }: { readonly type: string; readonly fields: readonly FieldSelection[] },
  scope: CompileScope,
): string {
  const entries = [`\`${TYPE_KEY}\`: '${labelOf(type)}'`];
  for (const field of fields) entries.push(`${quoteKey(field.key)}: ${projectField(variable, { type, field }, scope)}`);
  return `{${entries.join(', ')}}`;
}

function projectField(
  variable: string,
  { type, field }: { readonly type: string; readonly field: FieldSelection },
  scope: CompileScope,
): string {
  const spec = fieldSpecOf(type, field.field);
  switch (spec.kind) {
    case 'property':
      return `${variable}.${quoteKey(spec.property)}`;
    case 'expression':
      return spec.expression(variable);
    case 'embedded':
      return projectEmbedded(variable, { spec, field });
    case 'history':
      return projectHistory(variable, field, scope);
    case 'occurrences':
      return projectOccurrences(variable, field, scope);
    case 'appearances':
      return projectAppearances(variable, field, scope);
    case 'quoteParts':
      return projectQuoteParts(variable, field, scope);
    case 'sourceFacts':
      return projectSourceFacts(variable, field, scope);
    case 'nodes':
    case 'wrapped':
      return projectRelated(variable, { spec, field }, scope);
    case 'claimPage':
      return projectClaimPage(variable, { spec, field }, scope);
  }
}

/** An object held on the node (a claim's retraction), keyed by response key; null when absent. */
function projectEmbedded(variable: string, { spec, field }: SpecifiedField<EmbeddedSpec>): string {
  const entries: string[] = [];
  for (const fields of childrenOf(field).values())
    for (const child of fields) {
      const expression = spec.fields[child.field];
      if (expression === undefined)
        throw new Error(`The query compiler has no entry for ${field.field}.${child.field}`);
      entries.push(`${quoteKey(child.key)}: ${expression(variable)}`);
    }
  return `CASE WHEN ${spec.present(variable)} THEN {${entries.join(', ')}} ELSE null END`;
}

/** The label of a node type: the type names of the schema's nodes are the model's labels. */
function labelOf(type: string): NodeLabel {
  const label = NODE_LABELS.find((candidate) => candidate === type);
  if (label === undefined) throw new Error(`${type} is not a node type of the graph model`);
  return label;
}
