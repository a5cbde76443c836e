// Reads D3 nodes-and-links JSON on stdin, runs d3-force's link force over it, and writes what
// became of each link. A separate process because d3-force 3 is an ES module only and jest runs
// this project as CommonJS. forceLink throws "node not found: <id>" for a link end it cannot
// resolve, which makes this process exit non-zero.
import { forceLink, forceSimulation } from 'd3-force';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { nodes, links } = JSON.parse(input);

const simulation = forceSimulation(nodes)
  .force(
    'link',
    forceLink(links).id((node) => node.id),
  )
  .stop();
simulation.tick(20);

const endOf = (end) => ({ id: typeof end === 'object' && end !== null ? end.id : null, isNode: nodes.includes(end) });
process.stdout.write(
  JSON.stringify({
    links: links.map((link) => ({ id: link.id, source: endOf(link.source), target: endOf(link.target) })),
    positionsAreFinite: nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y)),
  }),
);
