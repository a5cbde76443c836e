import neo4j from 'neo4j-driver';
import type { QueryParameters } from '../graph-database';
import type { KeysetArguments } from './compile-keyset';
import { compileWhere, WhereSink, type WhereInput } from './compile-where';
import { fieldSpecOf } from './field-table';
import { forEachChangeNodeSelection } from './project-change';
import { forEachOccurrenceNodeSelection } from './project-occurrences';
import { forEachAppearanceNodeSelection } from './project-appearances';
import { forEachSourceFactNodeSelection } from './project-source-facts';
import { forEachSpanNodeSelection } from './project-span';
import { argumentsOf, childrenOf, type FieldSelection, type TypedSelections } from './selection';

/** The page arguments of an unordered connection (occurrences), checked and decoded. */
export interface PageArguments {
  readonly first: number;
  /** The decoded `after` cursor, absent for the first page. */
  readonly after?: readonly (string | number)[];
}

/**
 * Hands out parameter group names in the order the compiler does (see CompileScope), so the
 * values bound for a request land under the names its cached text uses.
 */
export class ParameterBinder {
  private groups = 0;
  readonly parameters: QueryParameters = {};

  nextGroup(): string {
    const prefix = `p${this.groups}`;
    this.groups += 1;
    return prefix;
  }

  /** `size` (`first`), `limit` (one more, to see whether a next page exists) and the cursor's values. */
  bindPage(prefix: string, page: PageArguments, cursorNames: readonly string[]): void {
    this.parameters[`${prefix}_size`] = neo4j.int(page.first);
    this.parameters[`${prefix}_limit`] = neo4j.int(page.first + 1);
    cursorNames.forEach((name, index) => {
      this.parameters[`${prefix}_${name}`] = page.after?.[index] ?? null;
    });
  }

  /**
   * An ordered page (see compileKeyset): its size (`first` or `last`), `limit` (one more) and
   * the values of its cursors, `after0…` and `before0…`. Numbers in a cursor are degrees: they
   * are bound as Neo4j integers, so they compare with the integers Cypher counts.
   */
  bindKeyset(prefix: string, page: KeysetArguments): void {
    const size = page.last ?? page.first ?? 0;
    this.parameters[`${prefix}_size`] = neo4j.int(size);
    this.parameters[`${prefix}_limit`] = neo4j.int(size + 1);
    for (const side of ['after', 'before'] as const)
      page[side]?.forEach((value, index) => {
        this.parameters[`${prefix}_${side}${index}`] = typeof value === 'number' ? neo4j.int(value) : value;
      });
  }
}

/** Binds the parameters of the nested fields of a node's sub-selection, in compile order. */
export function bindNodeParameters(branches: TypedSelections, binder: ParameterBinder): void {
  for (const [type, fields] of branches) for (const field of fields) bindField(type, field, binder);
}

function bindField(type: string, field: FieldSelection, binder: ParameterBinder): void {
  const spec = fieldSpecOf(type, field.field);
  const bindNodes = (selection: TypedSelections) => bindNodeParameters(selection, binder);
  switch (spec.kind) {
    case 'property':
    case 'expression':
    case 'embedded':
      return;
    case 'history': {
      const prefix = binder.nextGroup();
      binder.parameters[`${prefix}_after`] = neo4j.int(field.args.after as number);
      binder.parameters[`${prefix}_first`] = neo4j.int(field.args.first as number);
      forEachChangeNodeSelection(field, bindNodes);
      return;
    }
    case 'occurrences':
    case 'appearances': {
      const prefix = binder.nextGroup();
      binder.bindPage(prefix, argumentsOf<PageArguments>(field), ['after0', 'after1']);
      (spec.kind === 'occurrences' ? forEachOccurrenceNodeSelection : forEachAppearanceNodeSelection)(field, bindNodes);
      return;
    }
    case 'quoteParts':
      forEachSpanNodeSelection(field, bindNodes);
      return;
    case 'sourceFacts':
      if (field.args.first !== undefined)
        binder.parameters[`${binder.nextGroup()}_first`] = neo4j.int(field.args.first as number);
      forEachSourceFactNodeSelection(field, bindNodes);
      return;
    case 'nodes':
    case 'wrapped': {
      const labels = spec.kind === 'nodes' && spec.typesArgument === true && field.args.labels !== undefined;
      if (labels || field.args.first !== undefined) {
        const prefix = binder.nextGroup();
        binder.parameters[`${prefix}_labels`] = field.args.labels ?? null;
        if (field.args.first !== undefined)
          binder.parameters[`${prefix}_first`] = neo4j.int(field.args.first as number);
      }
      if (spec.kind === 'nodes') {
        bindNodes(childrenOf(field));
        return;
      }
      // In the order projectWrapper compiles the wrapper's fields.
      for (const fields of childrenOf(field).values())
        for (const child of fields) {
          if (child.field === spec.nodeField) bindNodes(childrenOf(child));
          else if (spec.fact === true && child.field === 'evidence') forEachSpanNodeSelection(child, bindNodes);
        }
      return;
    }
    case 'claimPage': {
      const prefix = binder.nextGroup();
      binder.bindKeyset(prefix, argumentsOf<KeysetArguments>(field));
      const where = field.args.where as WhereInput | undefined;
      if (where !== undefined) compileWhere({ kind: 'Claim', where }, 'm', new WhereSink(prefix, binder.parameters));
      bindPageItemParameters(field, binder);
      return;
    }
  }
}

/** The parameters inside the items of a page: those of each `edges { node }` selection. */
export function bindPageItemParameters(connection: FieldSelection, binder: ParameterBinder): void {
  for (const fields of childrenOf(connection).values())
    for (const edges of fields) {
      if (edges.field !== 'edges') continue;
      for (const edgeFields of childrenOf(edges).values())
        for (const edgeField of edgeFields)
          if (edgeField.field === 'node') bindNodeParameters(childrenOf(edgeField), binder);
    }
}
