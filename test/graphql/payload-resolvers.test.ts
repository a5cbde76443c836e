import { buildASTSchema, isObjectType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/load-type-defs';
import { payloadTypeResolvers } from '../../src/graphql/resolvers/payload-resolvers';

describe('mutation payloads', () => {
  it('read every field of every payload type back through the compiler (none falls to the default resolver)', () => {
    const schema = buildASTSchema(loadTypeDefs());
    const resolved = payloadTypeResolvers as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    const unresolved: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith('Payload')) continue;
      for (const field of Object.keys(type.getFields()))
        if (resolved[type.name]?.[field] === undefined) unresolved.push(`${type.name}.${field}`);
    }
    expect(unresolved).toEqual([]);
  });
});
