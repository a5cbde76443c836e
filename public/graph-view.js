/**
 * The graph canvas: a Cytoscape instance fed with the API's Graph shape. It replaces or merges
 * subgraphs, lays them out by size, marks a path, hides filtered nodes, and reports taps. It
 * knows nothing about GraphQL or panels; explore.js wires it to those.
 */
import { buildStylesheet, EDGE_LABEL_LIMIT, isBigGraph } from './graph-style.js';
import { chooseLayout } from './choose-layout.js';
import { displayLabelOf, nodeDataOf, sizeOf } from './graph-node-data.js';

/** @typedef {import('./graph-queries.js').Graph} Graph */
/** @typedef {import('./graph-queries.js').GraphNode} GraphNode */

/** How long a node that just changed stays outlined. */
const UPDATED_MARK_MS = 4000;

/**
 * What the canvas keeps between calls: the Cytoscape instance, the style variant in use (so the
 * stylesheet is only rebuilt when the size class changes) and the current filter.
 * @typedef {{ cy: import('cytoscape').Core, styleKey: string, isFilteredOut: (node: any) => boolean }} CanvasState
 */

/**
 * @param {HTMLElement} container
 * @param {{ onNodeTap: (id: string) => void, onBackgroundTap: () => void }} handlers
 */
export function createGraphView(container, handlers) {
  const cy = createCanvas(container, handlers);
  /** @type {CanvasState} */
  const state = { cy, styleKey: 'small+edge-labels', isFilteredOut: () => false };
  return {
    cy,
    /** Draws `graph` instead of whatever was drawn. @param {Graph} graph */
    replace: (graph) => replaceGraph(state, graph),
    /**
     * Adds the parts of `graph` that are not drawn yet, placing them around `anchorId`; returns
     * how many nodes were added.
     * @param {Graph} graph
     * @param {string | null} anchorId
     */
    merge: (graph, anchorId) => mergeGraph(state, graph, anchorId),
    /** @param {Graph} graph @param {string} id */
    refreshNode: (graph, id) => refreshNode(state, graph, id),
    /** Outlines a node for a few seconds: it has just changed. @param {string} id */
    markUpdated: (id) => markUpdated(cy, id),
    /** Takes a node and its relationships off the graph (it no longer exists). @param {string} id */
    remove: (id) => {
      cy.getElementById(id).remove();
      cy.batch(() => refreshDerivedData(state));
    },
    /** The ids of every drawn node, hidden ones included. */
    drawnIds: () => cy.nodes().map((node) => node.id()),
    /** @param {Graph} path */
    markPath: (path) => markPath(cy, path),
    clearPath: () => cy.elements().removeClass('on-path dimmed'),
    /**
     * Hides the nodes the predicate picks (and their edges); they stay in the graph, so a wider
     * filter shows them again where they were.
     * @param {(node: any) => boolean} predicate
     */
    setFilter: (predicate) => {
      state.isFilteredOut = predicate;
      cy.batch(() => refreshDerivedData(state));
    },
    /** @param {string | null} id */
    select: (id) => selectNode(cy, id),
    /** @param {string} id */
    centreOn: (id) => centreOn(cy, id),
    /** @param {string} id */
    markExpanded: (id) => cy.getElementById(id).addClass('expanded'),
    /**
     * The drawn node with this id, as plain data, or null.
     * @param {string} id
     * @returns {(GraphNode & { more: number }) | null}
     */
    nodeOf: (id) => {
      const node = cy.getElementById(id);
      return node.empty() ? null : toPlainNode(node);
    },
    /** @param {string} id */
    neighboursOf: (id) => neighboursOf(cy, id),
    fit: () => cy.fit(cy.elements().not('.filtered-out'), 36),
    clear: () => cy.elements().remove(),
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length, hidden: cy.nodes('.filtered-out').length }),
  };
}

/**
 * A Cytoscape instance in `container` that reports taps on nodes and on the background.
 * @param {HTMLElement} container
 * @param {{ onNodeTap: (id: string) => void, onBackgroundTap: () => void }} handlers
 */
function createCanvas(container, handlers) {
  const cy = cytoscape({
    container,
    elements: [],
    style: buildStylesheet({ big: false, edgeLabels: true }),
    minZoom: 0.05,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
    pixelRatio: 'auto',
  });
  cy.on('tap', 'node', (event) => handlers.onNodeTap(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.onBackgroundTap();
  });
  return cy;
}

/**
 * Swaps stylesheet and pan/zoom shortcuts when the graph crosses a size threshold.
 * @param {CanvasState} state
 */
function adaptToSize(state) {
  const { cy } = state;
  const big = isBigGraph(cy.nodes().length);
  const edgeLabels = cy.edges().length <= EDGE_LABEL_LIMIT;
  const key = `${big ? 'big' : 'small'}+${edgeLabels ? 'edge-labels' : 'quiet'}`;
  if (key === state.styleKey) return;
  state.styleKey = key;
  cy.style(buildStylesheet({ big, edgeLabels }));
  // Cytoscape takes these two as constructor options but reads them from its renderer on
  // every frame; while panning a big graph, a cached bitmap without edges keeps it fluid,
  // and a small graph is better drawn live.
  // renderer() is Cytoscape's internal API, missing from its type declarations.
  const renderer = /** @type {any} */ (cy).renderer();
  if (renderer) {
    renderer.textureOnViewport = big;
    renderer.hideEdgesOnViewport = big;
  }
}

/**
 * Element definitions for the nodes and edges of `graph` that are not drawn yet, and updates
 * those that are (the server's degree and properties win over what was drawn before).
 * @param {import('cytoscape').Core} cy
 * @param {Graph} graph
 * @param {{ x: number, y: number } | null} around new nodes start on a ring around this point
 */
function newElementsOf(cy, graph, around) {
  const fresh = graph.nodes.filter((node) => {
    const drawn = cy.getElementById(node.id);
    if (drawn.empty()) return true;
    drawn.data({ degree: node.degree, properties: node.properties, label: node.label });
    return false;
  });
  const edges = graph.edges
    .filter((edge) => cy.getElementById(edge.id).empty())
    .map((edge) => ({
      group: /** @type {const} */ ('edges'),
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        basis: edge.basis,
        properties: edge.properties,
      },
    }));
  // A fresh node's drawn edges are all among the new ones; counting them here lets
  // refreshDerivedData find nothing to rewrite for it.
  const drawnEdges = new Map();
  for (const { data } of edges)
    for (const end of [data.source, data.target]) drawnEdges.set(end, (drawnEdges.get(end) ?? 0) + 1);
  /** @type {import('cytoscape').ElementDefinition[]} */
  const nodes = fresh.map((node, index) => {
    const position = around === null ? undefined : ringPosition(around, index, fresh.length);
    return {
      group: /** @type {const} */ ('nodes'),
      data: nodeDataOf(node, drawnEdges.get(node.id) ?? 0),
      ...(position ? { position } : {}),
    };
  });
  return { nodes, edges };
}

/**
 * Labels, "+N more" counters and filters depend on what is drawn, so they are redone after
 * every change. Only what changed is written: each write costs an event and a style pass,
 * which adds up to most of the time on a graph of thousands.
 * @param {CanvasState} state
 */
function refreshDerivedData(state) {
  state.cy.nodes().forEach((node) => {
    const more = Math.max(0, node.data('degree') - node.connectedEdges().length);
    const display = displayLabelOf(node.data('label'), node.data('type'), more);
    if (node.data('more') !== more || node.data('display') !== display) node.data({ more, display });
    setClass(node, 'filtered-out', state.isFilteredOut(node));
  });
  state.cy.edges().forEach((edge) => {
    setClass(edge, 'filtered-out', edge.source().hasClass('filtered-out') || edge.target().hasClass('filtered-out'));
  });
}

/**
 * Lays out the visible elements; hidden ones keep their place for when the filter lifts.
 * @param {import('cytoscape').Core} cy
 * @param {boolean} keepPositions
 */
function runLayout(cy, keepPositions) {
  const visible = cy.elements().not('.filtered-out');
  visible.layout(chooseLayout(visible.nodes(), { keepPositions })).run();
}

/**
 * @param {CanvasState} state
 * @param {Graph} graph
 */
function replaceGraph(state, graph) {
  const { cy } = state;
  cy.batch(() => {
    cy.elements().remove();
    const { nodes, edges } = newElementsOf(cy, graph, null);
    cy.add([...nodes, ...edges]);
    refreshDerivedData(state);
    adaptToSize(state);
  });
  runLayout(cy, false);
}

/**
 * @param {CanvasState} state
 * @param {Graph} graph
 * @param {string | null} anchorId
 * @returns {number} how many nodes were added
 */
function mergeGraph(state, graph, anchorId) {
  const { cy } = state;
  const anchor = anchorId === null ? cy.collection() : cy.getElementById(anchorId);
  const around = anchor.nonempty() ? { ...anchor.position() } : null;
  let added = 0;
  cy.batch(() => {
    const { nodes, edges } = newElementsOf(cy, graph, around);
    added = nodes.length;
    cy.add([...nodes, ...edges]);
    refreshDerivedData(state);
    adaptToSize(state);
  });
  if (added > 0) runLayout(cy, cy.nodes().length > added);
  return added;
}

/**
 * Brings a drawn node up to date in place from a fresh neighbourhood of it: its own and its
 * drawn neighbours' label, degree, size and properties, its relationships to drawn nodes added
 * and, when the neighbourhood is complete, those it no longer has removed. Nothing is laid out
 * again, nothing moves and the selection stays. False when the node is not drawn.
 * @param {CanvasState} state
 * @param {Graph} graph the node's neighbourhood (depth 1)
 * @param {string} id
 */
function refreshNode(state, graph, id) {
  const { cy } = state;
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  cy.batch(() => {
    for (const fresh of graph.nodes) {
      const drawn = cy.getElementById(fresh.id);
      if (drawn.nonempty())
        drawn.data({ degree: fresh.degree, properties: fresh.properties, label: fresh.label, size: sizeOf(fresh) });
    }
    const edges = graph.edges.filter(
      (edge) => cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty(),
    );
    cy.add(newElementsOf(cy, { nodes: [], edges, truncated: false }, null).edges);
    if (!graph.truncated) {
      const current = new Set(graph.edges.map((edge) => edge.id));
      node
        .connectedEdges()
        .filter((edge) => !current.has(edge.id()))
        .remove();
    }
    refreshDerivedData(state);
    adaptToSize(state);
  });
  return true;
}

/**
 * @param {import('cytoscape').Core} cy
 * @param {string} id
 */
function markUpdated(cy, id) {
  const node = cy.getElementById(id);
  node.addClass('updated');
  setTimeout(() => node.removeClass('updated'), UPDATED_MARK_MS);
}

/**
 * Marks a path's nodes and edges and dims everything else; the path must be drawn already.
 * @param {import('cytoscape').Core} cy
 * @param {Graph} path
 */
function markPath(cy, path) {
  const ids = new Set([...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)]);
  cy.batch(() => {
    cy.elements().removeClass('on-path dimmed');
    cy.elements().forEach((element) => {
      element.addClass(ids.has(element.id()) ? 'on-path' : 'dimmed');
    });
  });
  zoomTo(cy.$('.on-path'));
}

/**
 * Selects one node and brings its edges forward; null clears the selection.
 * @param {import('cytoscape').Core} cy
 * @param {string | null} id
 */
function selectNode(cy, id) {
  cy.batch(() => {
    cy.elements().unselect().removeClass('focus');
    if (id === null) return;
    const node = cy.getElementById(id);
    node.select();
    node.connectedEdges().addClass('focus');
    // Labelling a hub's neighbours in a big graph costs a text layout per label.
    if (!isBigGraph(cy.nodes().length)) node.neighborhood('node').addClass('focus');
  });
}

/**
 * Centres the view on a node, keeping the zoom unless it is too far out to read labels.
 * @param {import('cytoscape').Core} cy
 * @param {string} id
 */
function centreOn(cy, id) {
  const node = cy.getElementById(id);
  if (node.empty() || node.hasClass('filtered-out')) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.8) }, { duration: 250 });
}

/**
 * The drawn neighbours of a node, hidden ones included, with the relationship types that join them.
 * @param {import('cytoscape').Core} cy
 * @param {string} id
 */
function neighboursOf(cy, id) {
  const node = cy.getElementById(id);
  return node.neighborhood('node').map((neighbour) => ({
    ...toPlainNode(neighbour),
    hidden: neighbour.hasClass('filtered-out'),
    via: node.edgesWith(neighbour).map((edge) => edge.data('type')),
    // Joined only by facts the source does not state: the panel says so beside it.
    background: isBackgroundOnly(node.edgesWith(neighbour).map((edge) => edge.data('basis'))),
  }));
}

/** The most a highlight zooms in: closer than this, the rest of the graph drops out of sight. */
const HIGHLIGHT_MAX_ZOOM = 1.2;

/**
 * Frames `elements`, but not closer than HIGHLIGHT_MAX_ZOOM, so a two-node path keeps its context.
 * @param {any} elements
 */
function zoomTo(elements) {
  const cy = elements.cy();
  const box = elements.boundingBox();
  const padding = 80;
  const fitZoom = Math.min(cy.width() / (box.w + 2 * padding), cy.height() / (box.h + 2 * padding));
  cy.animate({ zoom: Math.min(HIGHLIGHT_MAX_ZOOM, fitZoom), center: { eles: elements } }, { duration: 300 });
}

/**
 * @param {any} element
 * @param {string} className
 * @param {boolean} wanted
 */
function setClass(element, className, wanted) {
  if (element.hasClass(className) !== wanted) element.toggleClass(className, wanted);
}

/** @param {any} node */
function toPlainNode(node) {
  const data = node.data();
  return {
    id: data.id,
    type: data.type,
    label: data.label,
    degree: data.degree,
    properties: data.properties,
    more: data.more,
  };
}

/**
 * @param {{ x: number, y: number }} centre
 * @param {number} index
 * @param {number} count
 */
function ringPosition(centre, index, count) {
  const radius = 60 + 4 * count;
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/**
 * Whether the facts joining two nodes are all background knowledge: at least one fact, and none
 * the source states. Provenance and speaker edges (basis null) do not count either way.
 * @param {Array<string | null | undefined>} bases
 */
export function isBackgroundOnly(bases) {
  const facts = bases.filter((basis) => basis === 'SOURCE' || basis === 'BACKGROUND');
  return facts.length > 0 && facts.every((basis) => basis === 'BACKGROUND');
}
