import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { encodeCursor } from '../../src/graph/cursor';
import {
  completeOrder,
  signatureOf,
  sortFieldOf,
  type SortKind,
  type SortTerm,
} from '../../src/graph/compile/sort-table';
import type { Operation } from '../support/capture-compiled-cypher';

/** The root lists the compiler pages, with the label their sort table entry has. */
const ROOT_LISTS: Readonly<Record<string, SortKind>> = {
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  sources: 'Source',
  events: 'Event',
  claims: 'Claim',
};

const ITEM = '{ totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id } } }';

/** The Query field's argument type, named (e.g. `PersonWhere` for `people(where:)`). */
function argumentType(schema: GraphQLSchema, field: string, argument: string): GraphQLInputType {
  const fields = schema.getQueryType()?.getFields() ?? {};
  const definition = fields[field]?.args.find((arg) => arg.name === argument);
  if (definition === undefined) throw new Error(`Query.${field} has no argument ${argument}`);
  return getNamedType(definition.type);
}

/**
 * A sample value of an input type: filters of dates get a partial date, full-text words get
 * words, a nested where asks for one id (every where type has `id`), enums their first value.
 */
function sampleOf(type: GraphQLInputType, { filter }: { readonly filter: string }): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return [sampleOf(nullable.ofType, { filter }), sampleOf(nullable.ofType, { filter })];
  }
  if (isInputObjectType(nullable)) {
    // A filter of its own kind (`review: {status: {in: [...]}}`) gets a sample of its first operator.
    const [first] = Object.values(nullable.getFields());
    if ('id' in nullable.getFields() || first === undefined) return { id: { eq: 'person:sample' } };
    return { [first.name]: sampleOf(first.type, { filter: nullable.name }) };
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  switch (nullable.name) {
    case 'Boolean':
      return true;
    case 'Float':
      return 1.5;
    case 'Int':
      return 2;
    default:
      if (filter === 'DateFilter') return '2025-03';
      if (filter === 'ClaimTextFilter') return 'sanctions talks';
      return 'Sample';
  }
}

/** One `where` per field and operator of a where type: `{name: {contains: "Sample"}}`, `{about: {some: …}}`. */
function singleConditionsOf(where: GraphQLInputObjectType): { readonly name: string; readonly where: object }[] {
  const conditions: { name: string; where: object }[] = [];
  for (const field of Object.values(where.getFields())) {
    if (['AND', 'OR', 'NOT'].includes(field.name)) continue;
    const filter = getNamedType(field.type);
    // A scalar (`disputed: true`) or a nested where (`speaker: {id: {eq: …}}`) is one condition.
    if (!isInputObjectType(filter) || 'AND' in filter.getFields()) {
      conditions.push({ name: field.name, where: { [field.name]: sampleOf(field.type, { filter: filter.name }) } });
      continue;
    }
    for (const operator of Object.values(filter.getFields()))
      conditions.push({
        name: `${field.name}.${operator.name}`,
        where: { [field.name]: { [operator.name]: sampleOf(operator.type, { filter: filter.name }) } },
      });
  }
  return conditions;
}

/** Conditions combined: AND and OR of two fields, NOT of one, an empty OR (matches nothing). */
function combinationsOf(conditions: readonly { readonly where: object }[]): { name: string; where: object }[] {
  const [first, second] = conditions.map((condition) => condition.where);
  if (first === undefined || second === undefined) return [];
  return [
    { name: 'two fields', where: { ...second, ...first } },
    { name: 'AND', where: { AND: [first, second] } },
    { name: 'OR', where: { OR: [first, second] } },
    { name: 'NOT', where: { NOT: first } },
    { name: 'empty OR', where: { OR: [] } },
    { name: 'NOT inside AND', where: { AND: [first, { NOT: second }] } },
  ];
}

/**
 * Every field and operator of every root list's `where`, one at a time, and a few combinations,
 * with the count: what a new filter field compiles to shows up here without anyone adding it.
 */
export function whereShapes(schema: GraphQLSchema): Operation[] {
  return Object.keys(ROOT_LISTS).flatMap((list) => {
    const type = argumentType(schema, list, 'where');
    if (!isInputObjectType(type)) throw new Error(`${list}(where:) is not an input object`);
    const single = singleConditionsOf(type);
    return [...single, ...combinationsOf(single)].map(({ name, where }) => ({
      name: `${list}(where: ${name})`,
      query: `query($where: ${type.name}) { ${list}(where: $where, first: 5) ${ITEM} }`,
      variables: { where },
      // Asking for review statuses (drafts) takes an editor's token; the rest are read anonymously.
      role: JSON.stringify(where).includes('"review"') ? ('editor' as const) : null,
    }));
  });
}

/** A cursor of the complete order at a sample key of the right types (degrees are numbers). */
function cursorOf(kind: SortKind, order: readonly SortTerm[]): string {
  const key = order.map((term) =>
    sortFieldOf(kind, term).type === 'integer' ? 3 : term.field === 'id' ? 'x:sample' : 'M',
  );
  return encodeCursor({ order: signatureOf(order), key });
}

/** Pages of every order: forwards, after a cursor, backwards, before a cursor. */
const PAGINGS = [
  { name: 'first', args: 'first: 5', cursor: null },
  { name: 'first after', args: 'first: 5, after: $cursor', cursor: 'after' },
  { name: 'last', args: 'last: 5', cursor: null },
  { name: 'last before', args: 'last: 5, before: $cursor', cursor: 'before' },
] as const;

/**
 * Every sort field of every root list in both directions, each paged four ways; then the same for
 * a nested connection (a person's statements), and the default order.
 */
export function orderAndPageShapes(schema: GraphQLSchema): Operation[] {
  const shapes: Operation[] = [];
  const page = ({ kind, terms }: { kind: SortKind; terms: readonly SortTerm[] | undefined }) =>
    PAGINGS.map((paging) => {
      const orderBy =
        terms === undefined
          ? ''
          : `orderBy: [${terms.map((term) => `{${term.field}: ${term.direction}}`).join(', ')}], `;
      const args = `${orderBy}${paging.args}`;
      const variables = paging.cursor === null ? {} : { cursor: cursorOf(kind, completeOrder(kind, terms)) };
      const declared = paging.cursor === null ? '' : '($cursor: String)';
      return {
        label: `${terms === undefined ? 'default order' : signatureOf(terms)}, ${paging.name}`,
        args,
        variables,
        declared,
      };
    });
  for (const [list, kind] of Object.entries(ROOT_LISTS)) {
    const sort = argumentType(schema, list, 'orderBy');
    if (!isInputObjectType(sort)) throw new Error(`${list}(orderBy:) is not an input object`);
    const orders = [
      undefined,
      ...Object.keys(sort.getFields()).flatMap((field) =>
        (['ASC', 'DESC'] as const).map((direction) => [{ field, direction }]),
      ),
      // Two terms of opposite directions: the cursor condition compares runs of terms.
      [
        { field: Object.keys(sort.getFields())[0] as string, direction: 'DESC' as const },
        { field: 'id', direction: 'ASC' as const },
      ],
    ];
    for (const terms of orders)
      for (const { label, args, variables, declared } of page({ kind, terms }))
        shapes.push({ name: `${list}(${label})`, query: `query${declared} { ${list}(${args}) ${ITEM} }`, variables });
  }
  for (const terms of [undefined, [{ field: 'published', direction: 'DESC' as const }]])
    for (const { label, args, variables, declared } of page({ kind: 'Claim', terms }))
      shapes.push({
        name: `Person.statements(${label})`,
        query: `query${declared} { node(id: "person:sample") { ... on Person { statements(${args}) ${ITEM} } } }`,
        variables,
      });
  return shapes;
}

/** Nested claim connections filtered, with and without a count: the filtered count reads the list once. */
export function nestedWhereShapes(): Operation[] {
  const where = '{kind: {eq: QUOTE}, about: {some: {id: {eq: "person:sample"}}}}';
  return [
    { name: 'Person.statements(where), counted', selection: `statements(where: ${where}, first: 5) ${ITEM}` },
    {
      name: 'Person.claimsAbout(where), not counted',
      selection: `claimsAbout(where: ${where}, first: 5) { edges { node { id } } }`,
    },
  ].map(({ name, selection }) => ({
    name,
    query: `{ node(id: "person:sample") { ... on Person { ${selection} } } }`,
    variables: {},
  }));
}
