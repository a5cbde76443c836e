/**
 * A made-up graph in the API's `Graph` shape, for load tests of the explorer: a hub joined to
 * `hubDegree` nodes, a random spanning tree so everything is connected, and random extra edges
 * up to `edgeCount`. Seeded, so every run draws the same graph.
 */
export interface SyntheticGraph {
  nodes: { id: string; type: string; label: string; degree: number; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
  truncated: boolean;
}

const TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM', 'CLAIM', 'CLAIM'] as const;
export const SYNTHETIC_HUB_ID = 'synthetic:hub';

export function buildSyntheticGraph(nodeCount: number, edgeCount: number, hubDegree: number): SyntheticGraph {
  const random = seededRandom(20250801);
  const ids = Array.from({ length: nodeCount }, (_, index) => (index === 0 ? SYNTHETIC_HUB_ID : `synthetic:${index}`));
  const edges = new Map<string, SyntheticGraph['edges'][number]>();
  const connect = (source: string, target: string) => {
    const id = `ABOUT:${source}->${target}`;
    if (source !== target && !edges.has(id) && !edges.has(`ABOUT:${target}->${source}`))
      edges.set(id, { id, type: 'ABOUT', source, target, properties: {} });
  };
  for (let index = 1; index <= hubDegree && index < nodeCount; index += 1)
    connect(ids[index] as string, SYNTHETIC_HUB_ID);
  for (let index = hubDegree + 1; index < nodeCount; index += 1)
    connect(ids[index] as string, ids[Math.floor(random() * index)] as string);
  while (edges.size < edgeCount)
    connect(ids[Math.floor(random() * nodeCount)] as string, ids[Math.floor(random() * nodeCount)] as string);

  const degree = new Map<string, number>();
  for (const edge of edges.values()) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = ids.map((id, index) => ({
    id,
    type: index === 0 ? 'PERSON' : (TYPES[index % TYPES.length] as string),
    label: index === 0 ? 'Synthetic hub' : `Synthetic node ${index}`,
    degree: degree.get(id) ?? 0,
    properties: { name: index === 0 ? 'Synthetic hub' : `Synthetic node ${index}` },
  }));
  return { nodes, edges: [...edges.values()], truncated: false };
}

/** Mulberry32: a tiny, well-known seeded generator; Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
