/**
 * The explorer page: wires search, the graph, the details panel, the path finder and the
 * timeline together, and keeps the little state they share. Every server call goes through
 * `status.run`, so progress and failures are always visible in the status line.
 */
import { createGraphView } from './graph-view.js';
import { renderLegend } from './graph-legend.js';
import {
  fetchAllEvents,
  fetchClaim,
  fetchOccurrences,
  fetchNeighborhood,
  fetchPath,
  fetchSourceTexts,
  findBusiestPerson,
  searchNodes,
} from './graph-queries.js';
import {
  renderEvidence,
  renderEvidenceError,
  renderMentions,
  renderNoSelection,
  renderNodeDetails,
} from './details-panel.js';
import { isInWindow, OPEN_WINDOW, renderTimeline } from './event-timeline.js';
import { renderSearchResults, renderPathResult } from './result-lists.js';
import { resolveNodeReference } from './resolve-node-reference.js';
import { createStatusLine } from './status-line.js';
import { findPageElements } from './find-page-elements.js';
import { followDrawnNodes } from './follow-drawn-nodes.js';
import { createLiveIndicator } from './live-indicator.js';
import { ENTITY_TYPES } from './node-types.js';
import { wireClaimNetwork } from './claim-network-view.js';
import { wireReviewPanel } from './review-panel.js';

/** @typedef {import('./graph-queries.js').Graph} Graph */
/** @typedef {import('./event-timeline.js').TimelineWindow} TimelineWindow */

const SEARCH_RESULTS = 20;
const NEIGHBOURHOOD_LIMIT = 200;
/** "+N more" asks for this many: the server's default cap on one neighbourhood. */
const MORE_LIMIT = 1000;
/** Mentions marked in an entity's source texts: the API's largest page. */
const MENTIONS_SHOWN = 100;
const PATH_MAX_LENGTH = 6;
const EVENTS_PAGE_SIZE = 100;
const STATUS_NAME_LENGTH = 48;

const elements = findPageElements();
const status = createStatusLine(elements.status, elements.app);
const graph = createGraphView(elements.graph, {
  onNodeTap: (id) => openNode(id),
  onBackgroundTap: () => selectNothing(),
});

const state = {
  /** @type {string | null} */
  selectedId: null,
  /** Nodes whose neighbourhood has been drawn, so a second click does not ask again. */
  expanded: new Set(),
  /** @type {TimelineWindow} */
  timelineWindow: OPEN_WINDOW,
  /** @type {Set<string>} */
  hiddenTypes: new Set(),
  /** Bumped when the whole graph is replaced: answers to older requests are then dropped. */
  viewGeneration: 0,
  /** Bumped on every selection, so a slow claim does not overwrite a newer selection's panel. */
  selectionGeneration: 0,
};

/**
 * Draws a whole view instead of the current graph, selecting nothing (the claim network, and
 * synthetic graphs in tests).
 * @param {Graph} view
 */
function showView(view) {
  state.viewGeneration += 1;
  state.expanded.clear();
  clearPath();
  graph.replace(view);
  selectNothing();
  applyFilters();
}

/**
 * Draws the neighbourhood of `id` instead of the current graph, and selects `id`.
 * @param {string} id
 */
async function showNeighbourhoodOf(id) {
  const generation = ++state.viewGeneration;
  const view = await status.run('Loading the neighbourhood…', () =>
    fetchNeighborhood(id, { depth: 1, limit: NEIGHBOURHOOD_LIMIT }),
  );
  if (view === undefined || generation !== state.viewGeneration) return;
  state.expanded = new Set([id]);
  clearPath();
  graph.replace(view);
  graph.markExpanded(id);
  applyFilters();
  await openNode(id);
  status.info(
    `Drew ${view.nodes.length} nodes around ${nameOf(id)}${view.truncated ? ` (the first ${NEIGHBOURHOOD_LIMIT} of more)` : ''}.`,
  );
}

/**
 * Draws the neighbours of a node next to what is drawn already.
 * @param {string} id
 * @param {number} limit
 */
async function expandNode(id, limit) {
  const generation = state.viewGeneration;
  const view = await status.run('Expanding…', () => fetchNeighborhood(id, { depth: 1, limit }));
  if (view === undefined || generation !== state.viewGeneration) return;
  const added = graph.merge(view, id);
  state.expanded.add(id);
  graph.markExpanded(id);
  applyFilters();
  const name = nameOf(id);
  status.info(
    added > 0
      ? `Added ${added} neighbours of ${name}.`
      : `All ${view.nodes.length - 1} neighbours of ${name} were drawn already.`,
  );
}

/**
 * A drawn node's name for the status line: claims are sentences, so they are cut short.
 * @param {string} id
 */
function nameOf(id) {
  const label = graph.nodeOf(id)?.label ?? id;
  const characters = Array.from(label);
  return characters.length > STATUS_NAME_LENGTH
    ? `“${characters
        .slice(0, STATUS_NAME_LENGTH - 1)
        .join('')
        .trimEnd()}…”`
    : label;
}

/**
 * Selects a node: details at once from what is drawn, then its neighbourhood (merged, not
 * replacing) and, for a claim, the source text with the evidence marked.
 * @param {string} id
 */
async function openNode(id) {
  const selection = ++state.selectionGeneration;
  state.selectedId = id;
  if (graph.nodeOf(id) === null) {
    await expandNode(id, NEIGHBOURHOOD_LIMIT);
    if (graph.nodeOf(id) === null || selection !== state.selectionGeneration) return;
    graph.centreOn(id);
  }
  graph.select(id);
  showDetails(id);
  const type = graph.nodeOf(id)?.type ?? '';
  const isClaim = type === 'CLAIM';
  const isEntity = ENTITY_TYPES.includes(type);
  const wasExpanded = state.expanded.has(id);
  const [evidence, mentions] = await Promise.all([
    isClaim ? status.run('Loading the evidence…', () => loadEvidence(id)) : Promise.resolve(null),
    isEntity ? loadMentions(id).catch(() => null) : Promise.resolve(null),
    wasExpanded ? Promise.resolve() : expandNode(id, NEIGHBOURHOOD_LIMIT),
  ]);
  if (selection !== state.selectionGeneration || graph.nodeOf(id) === null) return;
  // Expanding says what it added; otherwise say what is shown, not what an earlier action did.
  if (wasExpanded && evidence !== undefined)
    status.info(evidence ? `Showing ${nameOf(id)}, its evidence marked in the source.` : `Showing ${nameOf(id)}.`);
  const evidenceSlot = showDetails(id);
  if (evidenceSlot === null) return;
  if (isEntity) {
    if (mentions) renderMentions(evidenceSlot, mentions.occurrences, mentions.sources);
    else renderEvidenceError(evidenceSlot, 'The mentions could not be loaded.');
    return;
  }
  if (evidence) renderEvidence(evidenceSlot, evidence.claim, evidence.sources);
  else renderEvidenceError(evidenceSlot, 'The evidence could not be loaded; see the status line.');
}

/**
 * A claim with the full text of every source its evidence points into.
 * @param {string} id
 */
async function loadEvidence(id) {
  const claim = await fetchClaim(id);
  if (claim === null) throw new Error(`${id} is not a claim`);
  const sources = await fetchSourceTexts(claim.evidence.map((evidence) => evidence.source.id));
  return { claim, sources };
}

/**
 * Every place the sources mention an entity (up to MENTIONS_SHOWN), with the texts to mark them in.
 * @param {string} id
 */
async function loadMentions(id) {
  const occurrences = await fetchOccurrences(id, MENTIONS_SHOWN);
  if (occurrences === null) throw new Error(`${id} is not an entity`);
  const sources = await fetchSourceTexts(occurrences.spans.map((span) => span.source.id));
  return { occurrences, sources };
}

/**
 * Renders the panel for a drawn node; returns its evidence slot for claims.
 * @param {string} id
 */
function showDetails(id) {
  const node = graph.nodeOf(id);
  if (node === null) return null;
  return renderNodeDetails(elements.details, {
    node,
    neighbours: graph.neighboursOf(id),
    expanded: state.expanded.has(id),
    onOpen: (neighbourId) => openNode(neighbourId),
    onLoadMore: (nodeId) => loadMore(nodeId),
  });
}

/** @param {string} id */
async function loadMore(id) {
  await expandNode(id, MORE_LIMIT);
  if (state.selectedId === id) showDetails(id);
}

function selectNothing() {
  state.selectionGeneration += 1;
  state.selectedId = null;
  graph.select(null);
  renderNoSelection(elements.details);
}

/**
 * Hides what the legend and the timeline exclude: nodes of hidden types, events outside the
 * window, and nodes that only hang off such events (a claim about a hidden event alone).
 */
function applyFilters() {
  const timelineWindow = state.timelineWindow;
  /** @param {any} node a Cytoscape node */
  const isHiddenEvent = (node) =>
    node.data('type') === 'EVENT' && !isInWindow(node.data('properties') ?? {}, timelineWindow);
  graph.setFilter((node) => {
    if (state.hiddenTypes.has(node.data('type'))) return true;
    if (node.data('type') === 'EVENT') return isHiddenEvent(node);
    if (node.id() === state.selectedId) return false;
    // Sources touch everything an article mentions, so they do not count as a reason to stay.
    const neighbours = node
      .neighborhood('node')
      .filter((/** @type {import('cytoscape').NodeSingular} */ neighbour) => neighbour.data('type') !== 'SOURCE');
    return neighbours.nonempty() && neighbours.every(isHiddenEvent);
  });
  updateGraphSummary();
}

function updateGraphSummary() {
  const counts = graph.counts();
  elements.graphCounts.textContent = `${counts.nodes} nodes · ${counts.edges} edges${counts.hidden > 0 ? ` · ${counts.hidden} hidden by filters` : ''}`;
  elements.graphHint.hidden = counts.nodes > 0;
  const byType = new Map();
  for (const node of graph.cy.nodes()) byType.set(node.data('type'), (byType.get(node.data('type')) ?? 0) + 1);
  renderLegend(elements.legend, { countsByType: byType, hiddenTypes: state.hiddenTypes, onToggle: toggleType });
}

/** @param {string} type */
function toggleType(type) {
  if (state.hiddenTypes.has(type)) state.hiddenTypes.delete(type);
  else state.hiddenTypes.add(type);
  applyFilters();
}

/** @param {string} text */
async function search(text) {
  const results = await status.run(`Searching for “${text}”…`, () => searchNodes(text, SEARCH_RESULTS));
  if (results === undefined) return;
  renderSearchResults(elements.searchResults, results, (id) => showNeighbourhoodOf(id));
  status.info(
    results.length === 0
      ? `Nothing matches “${text}”.`
      : `${results.length} results for “${text}”. Choose one to draw its neighbourhood.`,
  );
}

/**
 * @param {string} fromText
 * @param {string} toText
 */
async function findPath(fromText, toText) {
  const ends = await status.run('Looking up both ends…', () =>
    Promise.all([resolveNodeReference(fromText), resolveNodeReference(toText)]),
  );
  if (ends === undefined) return;
  const [from, to] = ends;
  if (from === null || to === null) {
    clearPath();
    status.error(new Error(`Nothing matches “${from === null ? fromText : toText}”, so there is no path to look for.`));
    return;
  }
  const path = await status.run('Finding a path…', () => fetchPath(from.id, to.id, PATH_MAX_LENGTH));
  if (path === undefined) return;
  if (path === null) {
    clearPath();
    renderPathResult(elements.pathResult, {
      path: null,
      onOpen: openNode,
      message: `No path of at most ${PATH_MAX_LENGTH} relationships between ${from.label} and ${to.label}.`,
    });
    status.info(`No path between ${from.label} and ${to.label}.`);
    return;
  }
  graph.merge(path, null);
  applyFilters();
  graph.markPath(path);
  renderPathResult(elements.pathResult, { path, onOpen: openNode, message: null });
  status.info(`Path from ${nameOf(from.id)} to ${nameOf(to.id)}: ${path.edges.length} steps.`);
}

function clearPath() {
  graph.clearPath();
  elements.pathResult.replaceChildren();
}

async function loadTimeline() {
  const events = await status.run('Loading the timeline…', () => fetchAllEvents(EVENTS_PAGE_SIZE));
  if (events === undefined) return;
  const timelineElements = {
    strip: elements.timelineStrip,
    from: elements.timelineFrom,
    to: elements.timelineTo,
    includeUndated: elements.timelineUndated,
    reset: elements.timelineReset,
    summary: elements.timelineSummary,
  };
  renderTimeline(timelineElements, events, {
    onOpen: (id) => openNode(id),
    onWindowChange: (timelineWindow) => {
      state.timelineWindow = timelineWindow;
      applyFilters();
    },
  });
}

/** Opens on the best-connected person, so the first screen already shows something real. */
async function showFirstView() {
  const id = await status.run('Finding a place to start…', () => findBusiestPerson());
  if (id === undefined) return;
  if (id === null) {
    status.info('The graph is empty: load a seed first (npm run seed).');
    return;
  }
  await showNeighbourhoodOf(id);
}

function wireControls() {
  elements.searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = elements.searchInput.value.trim();
    if (text !== '') search(text);
  });
  elements.pathForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const fromText = elements.pathFrom.value.trim();
    const toText = elements.pathTo.value.trim();
    if (fromText !== '' && toText !== '') findPath(fromText, toText);
  });
  elements.pathClear.addEventListener('click', () => clearPath());
  elements.fitButton.addEventListener('click', () => graph.fit());
  elements.clearButton.addEventListener('click', () => {
    state.viewGeneration += 1;
    state.expanded.clear();
    graph.clear();
    clearPath();
    selectNothing();
    updateGraphSummary();
  });
}

/**
 * A handle for tests and the console: the Cytoscape instance, the page's own render function
 * (for synthetic graphs), and a promise for "nothing is loading".
 */
window.__explorer = {
  cy: graph.cy,
  showGraph: showView,
  openNode,
  whenIdle: () => status.whenIdle(),
};

wireControls();
// Changes to what is drawn are drawn in place; the panel follows when it shows a changed node.
followDrawnNodes({
  graph,
  indicator: createLiveIndicator(elements.liveStatus),
  onRefreshed: async (id) => {
    applyFilters();
    if (state.selectedId === id) await openNode(id);
  },
  onRemoved: (id) => {
    state.expanded.delete(id);
    if (state.selectedId === id) selectNothing();
    applyFilters();
  },
  onError: (error) => status.error(error),
});
wireReviewPanel(elements.review, { status });
wireClaimNetwork({ button: elements.claimNetworkButton, status, show: showView, cy: graph.cy });
renderNoSelection(elements.details);
updateGraphSummary();
await Promise.all([showFirstView(), loadTimeline()]);
// Tests wait for this before they drive the page; people never notice it.
elements.app.dataset.ready = 'true';
