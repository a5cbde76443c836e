/**
 * The parallel lists a relationship keeps its spans in (Neo4j properties cannot hold maps): a
 * fact's evidence (see FactProvenance) and a mention's places in its source. The i-th entries of
 * one group's lists make one span.
 */
const SPAN_GROUPS: readonly (readonly string[])[] = [
  ['evidenceSources', 'evidenceStarts', 'evidenceEnds', 'evidenceTexts'],
  ['starts', 'ends', 'texts'],
];

/**
 * The properties of one relationship that two merged entities both had to the same node (the
 * kept one's `kept`, the merged one's `moved`): every span of either, the kept one's first and
 * each span once; a mention's spans in text order; the kept one's other values where it has them,
 * the moved one's where not. A fact that rested on background knowledge on one side and on
 * evidence on the other rests on the evidence, and keeps the background note as well.
 */
export function uniteRelationshipProperties(
  kept: Readonly<Record<string, unknown>> | null,
  moved: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (kept === null) return { ...moved };
  const united: Record<string, unknown> = { ...moved, ...withoutNulls(kept) };
  for (const group of SPAN_GROUPS) {
    if (!group.some((list) => list in kept || list in moved)) continue;
    const spans = uniqueSpans([...spansOf(kept, group), ...spansOf(moved, group)]);
    if (group.includes('starts')) spans.sort((a, b) => Number(a[0]) - Number(b[0]));
    group.forEach((list, i) => {
      united[list] = spans.map((span) => span[i]);
    });
  }
  const evidence = united.evidenceSources;
  if (Array.isArray(evidence) && evidence.length > 0 && 'basis' in united) united.basis = 'SOURCE';
  return united;
}

function spansOf(properties: Readonly<Record<string, unknown>>, group: readonly string[]): unknown[][] {
  const lists = group.map((list) => (Array.isArray(properties[list]) ? (properties[list] as unknown[]) : []));
  const length = Math.max(...lists.map((list) => list.length));
  return Array.from({ length }, (_, i) => lists.map((list) => list[i] ?? null));
}

function uniqueSpans(spans: readonly unknown[][]): unknown[][] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = JSON.stringify(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutNulls(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}
