import { buildASTSchema, getNamedType, isObjectType, isScalarType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/load-type-defs';
import { payloadTypeResolvers } from '../../src/graphql/resolvers/payload-resolvers';

describe('mutation payloads', () => {
  it('read every node field of every payload type back through the compiler (none falls to the default resolver)', () => {
    const schema = buildASTSchema(loadTypeDefs());
    const resolved = payloadTypeResolvers as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    const unresolved: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith('Payload')) continue;
      // Counts and other scalars are the payload's own values; only node fields must be read back.
      for (const [field, definition] of Object.entries(type.getFields()))
        if (!isScalarType(getNamedType(definition.type)) && resolved[type.name]?.[field] === undefined)
          unresolved.push(`${type.name}.${field}`);
    }
    expect(unresolved).toEqual([]);
  });
});
