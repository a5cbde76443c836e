import fc from 'fast-check';
import { RELATIONS, SCALARS, targetsOf, type RelationField } from './field-catalogue';
import type { NodeSelection, Pick } from './operation';
import type { ReferenceGraph } from './reference-graph';
import { SORT_FIELDS, type SortTerm } from './reference-order';
import type { Where } from './reference-where';

/**
 * fast-check arbitraries for the differential test: selections of any node type nested two
 * levels, filters whose values are drawn from the loaded graph (real ids, fragments of real
 * names in a random case, real dates), so most filters keep something and some keep nothing, and
 * orders of one to three of a type's sort fields in any sequence and directions.
 */
export function makeArbitraries(graph: ReferenceGraph) {
  const idsOf = (type: string) => graph.ofType(type).map((node) => node.id);
  const pickFrom = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const names = [...graph.nodes.values()]
    .map((node) => node.properties.name)
    .filter((name): name is string => typeof name === 'string');
  const fragment = fc
    .tuple(pickFrom(names), fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean())
    .map(([name, start, length, upper]) => {
      const from = start % name.length;
      const part = name.slice(from, from + length);
      return upper ? part.toUpperCase() : part.toLowerCase();
    });
  const date = fc
    .tuple(fc.integer({ min: 2021, max: 2026 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
    .map(([year, month]) => (month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`));
  const dateFilter = fc.oneof(
    fc.record({ gte: date }),
    fc.record({ lte: date }),
    fc.record({ eq: date }),
    fc.record({ gt: date, lt: date }),
  );
  const stringFilter = fc.oneof(
    fc.record({ contains: fragment }),
    fc.record({ startsWith: fragment }),
    pickFrom(names).map((name) => ({ eq: name })),
    pickFrom(names).map((name) => ({ endsWith: name.slice(-3) })),
  );
  const idFilter = (type: string) =>
    fc.oneof(
      pickFrom(idsOf(type)).map((id) => ({ eq: id })),
      fc.subarray(idsOf(type), { maxLength: 4 }).map((ids) => ({ in: ids })),
    );
  const agent = fc.oneof(
    fc.record({ id: idFilter('Person') }),
    fc.record({ name: stringFilter }),
  ) as fc.Arbitrary<Where>;

  const leaves: Readonly<Record<string, fc.Arbitrary<Where>>> = {
    Person: fc.oneof(
      fc.record({ name: stringFilter }),
      fc.record({ id: idFilter('Person') }),
      fc.record({
        statements: fc.record({
          some: fc.record({ kind: fc.record({ eq: pickFrom(['QUOTE', 'PARAPHRASE', 'NARRATION']) }) }),
        }),
      }),
      fc.record({ events: fc.record({ none: fc.record({ date: dateFilter }) }) }),
    ),
    Organization: fc.oneof(
      fc.record({ name: stringFilter }),
      fc.record({ basedIn: fc.record({ some: fc.record({ id: idFilter('Place') }) }) }),
    ),
    Place: fc.oneof(
      fc.record({ name: stringFilter }),
      fc.record({ kind: fc.record({ in: fc.subarray(['country', 'city', 'island', 'lake', 'region']) }) }),
      fc.record({ partOf: fc.record({ all: fc.record({ name: stringFilter }) }) }),
    ),
    Event: fc.oneof(
      fc.record({ date: dateFilter }),
      fc.record({ status: fc.record({ eq: pickFrom(['PAST', 'ONGOING', 'PLANNED']) }) }),
      fc.record({ participants: fc.record({ some: agent }) }),
      fc.record({ places: fc.record({ none: fc.record({ name: stringFilter }) }) }),
    ),
    Claim: fc.oneof(
      fc.record({ kind: fc.record({ in: fc.subarray(['QUOTE', 'PARAPHRASE', 'NARRATION']) }) }),
      fc.record({ speaker: agent }),
      fc.record({ about: fc.record({ some: fc.record({ id: idFilter('Place') }) }) }),
      fc.record({ about: fc.record({ none: fc.record({ id: idFilter('Person') }) }) }),
      fc.record({ disputed: fc.boolean() }),
      fc.record({ source: fc.record({ published: dateFilter }) }),
      fc.record({ text: fc.record({ contains: fragment }) }),
    ),
    Source: fc.oneof(fc.record({ published: dateFilter }), fc.record({ title: stringFilter })),
  };
  const where = (type: string): fc.Arbitrary<Where> => {
    const leaf = leaves[type] as fc.Arbitrary<Where>;
    return fc.oneof(
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: fc.record({ NOT: leaf }) },
      { weight: 1, arbitrary: fc.record({ OR: fc.array(leaf, { minLength: 1, maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ AND: fc.array(leaf, { minLength: 1, maxLength: 2 }) }) },
      { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ ...a, ...b })) },
    );
  };

  const order = (type: string): fc.Arbitrary<SortTerm[]> =>
    fc
      .shuffledSubarray([...(SORT_FIELDS[type] ?? [])], {
        minLength: 1,
        maxLength: Math.min(3, SORT_FIELDS[type]?.length ?? 0),
      })
      .chain((fields) =>
        fc.tuple(
          ...fields.map((field) =>
            fc.constantFrom<SortTerm['direction']>('ASC', 'DESC').map((direction): SortTerm => ({ field, direction })),
          ),
        ),
      );

  const selection = (types: readonly string[], depth: number): fc.Arbitrary<NodeSelection> =>
    fc
      .tuple(...types.map((type) => picks(type, depth)))
      .map((perType) => ({ byType: Object.fromEntries(types.map((type, index) => [type, perType[index] as Pick[]])) }));

  const picks = (type: string, depth: number): fc.Arbitrary<Pick[]> => {
    const scalars = fc
      .subarray(
        (SCALARS[type] as string[]).filter((field) => field !== 'id'),
        { maxLength: 3 },
      )
      .map((fields): Pick[] => ['id', ...fields].map((field) => ({ kind: 'scalar', field })));
    const relationNames = Object.keys(RELATIONS[type] ?? {});
    if (depth === 0 || relationNames.length === 0) return scalars;
    const relation = pickFrom(relationNames).chain((field) => relationPick(type, field, depth));
    return fc.tuple(scalars, fc.array(relation, { maxLength: 2 })).map(([scalarPicks, relationPicks]) => [
      ...scalarPicks,
      // One pick per field: a response key appears once.
      ...relationPicks.filter(
        (pick, index) => relationPicks.findIndex((other) => other.field === pick.field) === index,
      ),
    ]);
  };

  const relationPick = (type: string, field: string, depth: number): fc.Arbitrary<Pick> => {
    const spec = (RELATIONS[type] as Record<string, RelationField>)[field] as RelationField;
    // Fragments on one or two of the types the field admits.
    const admitted = targetsOf(type, field);
    const targets = fc.subarray([...admitted], { minLength: 1, maxLength: Math.min(2, admitted.length) });
    return targets.chain((types) => {
      const child = selection(types, depth - 1);
      if (spec.kind !== 'page') return child.map((selected) => ({ kind: 'relation', field, child: selected }));
      return fc
        .tuple(
          child,
          fc.integer({ min: 0, max: 4 }),
          fc.boolean(),
          fc.option(where('Claim'), { nil: undefined }),
          fc.option(order('Claim'), { nil: undefined }),
        )
        .map(([selected, size, backward, filter, sorted]) => ({
          kind: 'relation',
          field,
          child: selected,
          ...(backward ? { last: size } : { first: size }),
          ...(filter === undefined ? {} : { where: filter }),
          ...(sorted === undefined ? {} : { orderBy: sorted }),
        }));
    });
  };

  return { where, order, selection, ids: (type: string) => pickFrom(idsOf(type)), pickFrom };
}
