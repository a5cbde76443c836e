import { buildASTSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { SORT_TABLE, type SortKind } from '../../src/graph/compile/sort-table';
import { loadTypeDefs } from '../../src/graphql/load-type-defs';

/** Every `orderBy: [XSort!]` argument of the schema, by type and field. */
function orderedFields(schema: GraphQLSchema): { at: string; sort: string; args: string[] }[] {
  const found: { at: string; sort: string; args: string[] }[] = [];
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('__'))
      for (const field of Object.values(type.getFields())) {
        const orderBy = field.args.find((argument) => argument.name === 'orderBy');
        if (orderBy !== undefined)
          found.push({
            at: `${type.name}.${field.name}`,
            sort: getNamedType(orderBy.type).name,
            args: field.args.map((argument) => argument.name),
          });
      }
  return found;
}

describe('the sort inputs of the schema', () => {
  const schema = buildASTSchema(loadTypeDefs());

  it('offer exactly the fields of the compiler sort table, for every kind', () => {
    for (const kind of Object.keys(SORT_TABLE) as SortKind[]) {
      const input = schema.getType(`${kind}Sort`);
      if (!isInputObjectType(input)) throw new Error(`${kind}Sort is not an input type`);
      expect([kind, Object.keys(input.getFields()).sort()]).toEqual([kind, Object.keys(SORT_TABLE[kind]).sort()]);
    }
  });

  it('are taken by every root list and nested claim connection, each with first, last, after and before', () => {
    const ordered = orderedFields(schema);
    expect(ordered.map(({ at }) => at).sort()).toEqual(
      [
        'Query.people',
        'Query.organizations',
        'Query.places',
        'Query.events',
        'Query.sources',
        'Query.claims',
        'Person.statements',
        'Person.claimsAbout',
        'Organization.statements',
        'Organization.claimsAbout',
        'Place.claimsAbout',
        'Event.claimsAbout',
        'Source.claims',
      ].sort(),
    );
    for (const { args } of ordered) expect(args).toEqual(expect.arrayContaining(['first', 'last', 'after', 'before']));
  });
});
