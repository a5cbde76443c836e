import { flattenProperties } from '../../src/export/flatten-properties';
import type { GraphViewNode } from '../../src/graph/graph-view';

function personWith(properties: Record<string, unknown>): GraphViewNode {
  return { id: 'person:a', type: 'PERSON', label: 'A', degree: 1, properties };
}

describe('flattenProperties', () => {
  const reserved = new Set(['id', 'source', 'label']);

  it('keeps properties whose names are free, in their order', () => {
    expect(Object.entries(flattenProperties(personWith({ name: 'A', aliases: ['B'], n: null }), reserved))).toEqual([
      ['name', 'A'],
      ['aliases', ['B']],
      ['n', null],
    ]);
  });

  it('renames a property whose name is reserved', () => {
    expect(flattenProperties(personWith({ id: 'person:old', source: 'y', name: 'A' }), reserved)).toEqual({
      property_id: 'person:old',
      property_source: 'y',
      name: 'A',
    });
  });

  it('leaves out a reserved property that only repeats the element’s own field', () => {
    expect(flattenProperties(personWith({ id: 'person:a', label: 'A', name: 'A' }), reserved)).toEqual({ name: 'A' });
  });

  it('prefixes again when the renamed name is taken by another property', () => {
    expect(flattenProperties(personWith({ id: 'x', property_id: 'y' }), reserved)).toEqual({
      property_property_id: 'x',
      property_id: 'y',
    });
  });

  it('keeps a property named __proto__ as data', () => {
    const flattened = flattenProperties(
      personWith(JSON.parse('{"__proto__": "p"}') as Record<string, unknown>),
      reserved,
    );
    expect(Object.keys(flattened)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(flattened)).toBe(Object.prototype);
  });
});
