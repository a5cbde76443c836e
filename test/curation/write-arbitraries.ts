import fc from 'fast-check';

/**
 * Random curation writes for the property test: each names a mutation, which pool its targets
 * come from (`pick`s, resolved against the graph as it is when the write runs) and a random
 * subset of the mutation's input fields.
 */

const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
/** A name no other entity has: two entities sharing a form is refused, which is not what these test. */
const freshName = fc.tuple(word, fc.nat({ max: 1e9 })).map(([base, n]) => `${base} Q${n}`);
const freshNames = fc.array(freshName, { maxLength: 3 });
const sentence = fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => `${words.join(' ')}.`);
const pick = fc.nat();

/** A random subset of `fields`: each key present or absent (absent means "keep"). */
function subsetOf<T extends Record<string, unknown>>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) {
  return fc.record(fields, { requiredKeys: [] });
}

const entityFields = subsetOf({
  name: freshName,
  aliases: freshNames,
  otherNames: freshNames,
  description: fc.option(sentence, { nil: null }),
});

const placeFields = subsetOf({
  kind: fc.option(fc.constantFrom('city', 'island', 'country'), { nil: null }),
  latitude: fc.option(fc.double({ min: -90, max: 90, noNaN: true }), { nil: null }),
  longitude: fc.option(fc.double({ min: -180, max: 180, noNaN: true }), { nil: null }),
});

const day = fc.constantFrom('2025-07-30', '2025-08-01', '2025-08', '2025');

const eventFields = subsetOf({
  name: sentence,
  kind: fc.constantFrom('meeting', 'visit', 'talks'),
  description: fc.option(sentence, { nil: null }),
  status: fc.constantFrom('PAST', 'ONGOING', 'PLANNED' as const),
  date: fc.option(day, { nil: null }),
  endDate: fc.option(fc.constantFrom('2025-08-02', '2025-09'), { nil: null }),
  dateText: fc.option(sentence, { nil: null }),
});

const claimFields = subsetOf({
  text: sentence,
  speaker: pick,
  about: fc.array(pick, { minLength: 1, maxLength: 2 }),
  evidence: pick,
});

const factKind = fc.constantFrom('PARTICIPATION', 'EVENT_LOCATION', 'LEADERSHIP', 'BASED_IN' as const);

export const writeCase = fc.oneof(
  fc.record({ mutation: fc.constant('updateEntity' as const), target: pick, fields: entityFields }),
  fc.record({
    mutation: fc.constant('updatePlace' as const),
    target: pick,
    fields: fc.tuple(entityFields, placeFields).map(([a, b]) => ({ ...a, ...b })),
  }),
  fc.record({ mutation: fc.constant('updateEvent' as const), target: pick, fields: eventFields }),
  fc.record({ mutation: fc.constant('updateClaim' as const), target: pick, fields: claimFields }),
  fc.record({ mutation: fc.constant('retractClaim' as const), target: pick, reason: sentence }),
  fc.record({ mutation: fc.constant('createEntity' as const), name: freshName, otherNames: freshNames }),
  fc.record({ mutation: fc.constant('createEvent' as const), name: sentence, date: day }),
  fc.record({ mutation: fc.constant('addSource' as const), title: sentence, text: sentence }),
  fc.record({
    mutation: fc.constant('createClaim' as const),
    speaker: pick,
    about: pick,
    evidence: pick,
    text: sentence,
  }),
  fc.record({ mutation: fc.constant('addFactLink' as const), kind: factKind, from: pick, to: pick, evidence: pick }),
  fc.record({ mutation: fc.constant('removeFactLink' as const), target: pick }),
  fc.record({ mutation: fc.constant('mergeEntities' as const), keep: pick, merge: pick }),
);

export type WriteCase = typeof writeCase extends fc.Arbitrary<infer T> ? T : never;
