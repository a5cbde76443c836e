/**
 * Picks a layout by graph size. The force-directed `cose` reads best but costs about O(n²) per
 * iteration, so it runs only on small graphs, without animation and with a bounded number of
 * iterations; big graphs get `concentric` (by degree), which is linear and puts the hubs in the
 * middle where the eye goes first.
 */

/**
 * Up to here `cose` stays under about half a second (300 nodes, 500 iterations: 0.4–0.5 s in
 * headless Chromium on two cores without a GPU); its cost grows faster than the node count.
 */
export const FORCE_LAYOUT_LIMIT = 300;

/**
 * @param {any} nodes the Cytoscape nodes to lay out
 * @param {{ keepPositions: boolean }} options keepPositions starts from where nodes are, so an
 *   expanded graph keeps its shape instead of being shuffled
 * @returns {import('cytoscape').LayoutOptions}
 */
export function chooseLayout(nodes, { keepPositions }) {
  const nodeCount = nodes.length;
  if (nodeCount <= FORCE_LAYOUT_LIMIT) {
    return {
      name: 'cose',
      animate: false,
      randomize: !keepPositions,
      // Iterations bound the cost; past a few hundred the picture barely changes.
      numIter: nodeCount > 120 ? 500 : 1000,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 400_000,
      nodeOverlap: 10,
      edgeElasticity: () => 100,
      gravity: 60,
      initialTemp: keepPositions ? 80 : 200,
      coolingFactor: 0.95,
      componentSpacing: 80,
      nestingFactor: 1,
      fit: true,
      padding: 36,
    };
  }
  const ringOf = assignRings(nodes);
  return {
    name: 'concentric',
    animate: false,
    // Inner rings hold the best-connected nodes; concentric puts higher values nearer the centre.
    concentric: (/** @type {import('cytoscape').NodeSingular} */ node) => -(ringOf.get(node.id()) ?? 0),
    levelWidth: () => 1,
    avoidOverlap: true,
    minNodeSpacing: 4,
    fit: true,
    padding: 24,
  };
}

/**
 * Ranks nodes by degree and deals them into rings that grow by a fixed number of places each,
 * so the disc is evenly dense. Grouping by degree value instead gives one ring per distinct
 * degree: a single ring of thousands when most nodes have two or three relationships.
 * @param {import('cytoscape').NodeCollection} nodes
 * @returns {Map<string, number>} ring index by node id; 0 is the centre
 */
function assignRings(nodes) {
  const ranked = nodes.toArray().sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')));
  const ringOf = new Map();
  let ring = 0;
  let capacity = 1;
  let placed = 0;
  for (const node of ranked) {
    if (placed === capacity) {
      ring += 1;
      capacity = RING_GROWTH * ring;
      placed = 0;
    }
    ringOf.set(node.id(), ring);
    placed += 1;
  }
  return ringOf;
}

/** Places added per ring: ring r holds 8r nodes, about what its circumference fits. */
const RING_GROWTH = 8;
