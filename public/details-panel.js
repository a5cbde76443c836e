/**
 * The side panel: what a node is (type, name, aliases, description, properties), what it is
 * connected to in the drawn graph, and for a claim its speaker, wording and the source text with
 * the evidence marked. Rendering only; the data arrives from explore.js.
 */
import { buildElement } from './build-element.js';
import { buildHighlightedText } from './highlight-evidence.js';
import { ENTITY_TYPES, NODE_TYPES } from './node-types.js';
import { formatPartialDate } from './partial-dates.js';
import { buildTypeBadge } from './type-badge.js';

/** @typedef {import('./graph-queries.js').GraphNode} GraphNode */
/** @typedef {import('./graph-queries.js').ClaimDetails} ClaimDetails */
/** @typedef {GraphNode & { hidden: boolean, via: string[] }} Neighbour */
/**
 * What the panel shows for one node, and what its buttons do.
 * @typedef {{ node: GraphNode & { more: number }, neighbours: Neighbour[], expanded: boolean,
 *   onOpen: (id: string) => void, onLoadMore: (id: string) => void }} NodeView
 */

/** Properties shown elsewhere in the panel, or only useful to machines. */
const PROPERTIES_SHOWN_ELSEWHERE = new Set([
  'id',
  'name',
  'title',
  'aliases',
  'description',
  'text',
  'quote',
  'kind',
  'speakerId',
  'speakerName',
  'startsOn',
  'endsOn',
]);
const LONG_LIST = 12;

/**
 * Shows the panel's resting state.
 * @param {HTMLElement} panel
 */
export function renderNoSelection(panel) {
  panel.replaceChildren(
    buildElement('div', { className: 'details-empty' }, [
      buildElement('h2', { text: 'Nothing selected' }),
      buildElement('p', {
        text: 'Click a node to see what it is and to draw its neighbours. Claims show the passage of the article they come from.',
      }),
    ]),
  );
}

/**
 * Shows a node. Returns the element a claim's evidence goes into once it has loaded (null for
 * other types).
 * @param {HTMLElement} panel
 * @param {NodeView} view
 * @returns {HTMLElement | null}
 */
export function renderNodeDetails(panel, { node, neighbours, expanded, onOpen, onLoadMore }) {
  const properties = node.properties ?? {};
  const evidenceSlot =
    node.type === 'CLAIM'
      ? buildElement('section', { className: 'evidence', attributes: { 'aria-busy': true } }, [
          buildElement('p', { className: 'muted', text: 'Loading the evidence…' }),
        ])
      : null;
  const sections = [
    buildElement('header', { className: 'details-header' }, [
      buildTypeBadge(node.type),
      buildElement('h2', {
        text: properties.name ?? properties.title ?? node.label,
        attributes: { 'data-testid': 'details-title' },
      }),
      buildElement('code', { className: 'node-id', text: node.id }),
    ]),
    ENTITY_TYPES.includes(node.type) && buildEntitySummary(properties),
    node.type === 'EVENT' && buildEventSummary(properties),
    node.type === 'CLAIM' && buildClaimSummary(properties, onOpen),
    evidenceSlot,
    buildPropertyList(properties),
    buildConnections({ node, neighbours, expanded, onOpen, onLoadMore }),
  ];
  // `condition && section` leaves false and null behind; replaceChildren would print them.
  panel.replaceChildren(...sections.filter((section) => section instanceof Node));
  panel.scrollTop = 0;
  return evidenceSlot;
}

/** @param {Record<string, any>} properties */
function buildEntitySummary(properties) {
  const aliases = /** @type {string[]} */ (properties.aliases ?? []).filter(
    (/** @type {string} */ alias) => alias !== properties.name,
  );
  return buildElement('section', { className: 'summary' }, [
    properties.description
      ? buildElement('p', { className: 'description', text: properties.description })
      : buildElement('p', { className: 'muted', text: 'No description.' }),
    aliases.length > 0 &&
      buildElement('div', { className: 'aliases' }, [
        buildElement('h3', { text: 'Also called' }),
        buildElement(
          'ul',
          { className: 'chips' },
          aliases.map((alias) => buildElement('li', { text: alias })),
        ),
      ]),
  ]);
}

/** @param {Record<string, any>} properties */
function buildEventSummary(properties) {
  const when = formatPartialDate(properties.date, properties.endDate);
  return buildElement('section', { className: 'summary' }, [
    buildElement('p', { className: 'event-when' }, [
      buildElement('strong', { text: when }),
      properties.dateText ? ` (“${properties.dateText}”)` : '',
      properties.kind ? ` · ${properties.kind}` : '',
      properties.status ? ` · ${String(properties.status).toLowerCase()}` : '',
    ]),
    properties.description && buildElement('p', { className: 'description', text: properties.description }),
  ]);
}

/**
 * @param {Record<string, any>} properties
 * @param {(id: string) => void} onOpen
 */
function buildClaimSummary(properties, onOpen) {
  const kind = String(properties.kind ?? '').toUpperCase();
  return buildElement('section', { className: 'summary claim-summary' }, [
    buildElement('p', { className: 'claim-speaker' }, [
      buildElement('span', {
        className: `kind-badge kind-${kind.toLowerCase()}`,
        text: kind || 'CLAIM',
        attributes: { 'data-testid': 'claim-kind' },
      }),
      properties.speakerId
        ? buildElement('button', {
            className: 'link-button',
            text: properties.speakerName ?? properties.speakerId,
            attributes: { type: 'button', 'data-testid': 'claim-speaker' },
            onClick: () => onOpen(properties.speakerId),
          })
        : buildElement('span', { className: 'muted', text: 'the article, in its own voice' }),
    ]),
    buildElement('p', {
      className: 'claim-text',
      text: properties.text ?? '',
      attributes: { 'data-testid': 'claim-text' },
    }),
    properties.quote && buildElement('blockquote', { className: 'claim-quote', text: properties.quote }),
  ]);
}

/**
 * Fills a claim's evidence slot: each source's full text with the claim's spans marked, the
 * first mark scrolled into view.
 * @param {HTMLElement} slot
 * @param {ClaimDetails} claim
 * @param {Map<string, { id: string, title: string, text: string }>} sources
 */
export function renderEvidence(slot, claim, sources) {
  slot.removeAttribute('aria-busy');
  /** @type {Map<string, import('./graph-queries.js').Evidence[]>} */
  const bySource = new Map();
  for (const evidence of claim.evidence)
    bySource.set(evidence.source.id, [...(bySource.get(evidence.source.id) ?? []), evidence]);
  const blocks = [...bySource].map(([sourceId, spans]) => {
    const source = sources.get(sourceId);
    const heading = buildElement('h3', { text: `Evidence in “${source?.title ?? sourceId}”` });
    if (source === undefined)
      return buildElement('div', {}, [
        heading,
        buildElement('p', { className: 'muted', text: 'The source text could not be loaded.' }),
      ]);
    return buildElement('div', { className: 'evidence-source' }, [heading, buildHighlightedText(source.text, spans)]);
  });
  slot.replaceChildren(
    ...(blocks.length > 0
      ? blocks
      : [buildElement('p', { className: 'muted', text: 'This claim has no evidence span.' })]),
  );
  scrollToFirstMark(slot);
}

/**
 * Centres the first mark inside its text box, and brings the box into view only as far as
 * needed: scrolling the mark itself into view would also scroll the panel and hide the claim.
 * @param {HTMLElement} slot
 */
function scrollToFirstMark(slot) {
  const mark = slot.querySelector('mark');
  const box = mark?.closest('.source-text');
  if (!mark || !(box instanceof HTMLElement)) return;
  box.scrollTop = Math.max(0, mark.offsetTop - (box.clientHeight - mark.offsetHeight) / 2);
  box.scrollIntoView({ block: 'nearest' });
}

/**
 * Shows why the evidence is missing instead of leaving "Loading…" forever.
 * @param {HTMLElement} slot
 * @param {string} message
 */
export function renderEvidenceError(slot, message) {
  slot.removeAttribute('aria-busy');
  slot.replaceChildren(buildElement('p', { className: 'error-text', text: message }));
}

/** @param {Record<string, any>} properties */
function buildPropertyList(properties) {
  const rows = Object.entries(properties).filter(
    ([key, value]) => !PROPERTIES_SHOWN_ELSEWHERE.has(key) && value !== null && value !== undefined && value !== '',
  );
  if (rows.length === 0) return null;
  return buildElement('section', { className: 'properties' }, [
    buildElement('h3', { text: 'Properties' }),
    buildElement(
      'dl',
      {},
      rows.flatMap(([key, value]) => [
        buildElement('dt', { text: humanize(key) }),
        buildElement('dd', { text: formatValue(value) }),
      ]),
    ),
  ]);
}

/**
 * The node's drawn neighbours by type, and how many of its relationships are not drawn yet.
 * @param {NodeView} view
 */
function buildConnections({ node, neighbours, expanded, onOpen, onLoadMore }) {
  const groups = NODE_TYPES.map(({ type, name }) => ({
    type,
    name,
    members: neighbours.filter((neighbour) => neighbour.type === type),
  })).filter((group) => group.members.length > 0);
  const drawn = node.degree - node.more;
  return buildElement('section', { className: 'connections', attributes: { 'data-testid': 'connections' } }, [
    buildElement('h3', {}, [
      `Connections `,
      buildElement('span', { className: 'muted', text: `${drawn} of ${node.degree} drawn` }),
    ]),
    node.more > 0 &&
      buildElement('button', {
        className: 'more-button',
        text: `+${node.more} more`,
        attributes: {
          type: 'button',
          'data-testid': 'load-more',
          title: expanded ? 'Draw more of this node’s neighbours' : 'Draw this node’s neighbours',
        },
        onClick: () => onLoadMore(node.id),
      }),
    ...groups.map((group) =>
      buildElement(
        'details',
        {
          className: 'neighbour-group',
          attributes: { open: group.members.length <= LONG_LIST || group.type === 'CLAIM' },
        },
        [
          buildElement('summary', {}, [buildTypeBadge(group.type), ` ${group.members.length}`]),
          buildElement(
            'ul',
            { className: 'neighbour-list' },
            group.members
              .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
              .map((neighbour) =>
                buildElement('li', {}, [
                  buildElement('button', {
                    className: `neighbour${neighbour.hidden ? ' is-hidden' : ''}`,
                    text: neighbour.label,
                    attributes: {
                      type: 'button',
                      title: `${neighbour.via.join(', ')}${neighbour.hidden ? ' · hidden by a filter' : ''}`,
                      'data-testid': 'neighbor-item',
                      'data-node-id': neighbour.id,
                      'data-node-type': neighbour.type,
                    },
                    onClick: () => onOpen(neighbour.id),
                  }),
                ]),
              ),
          ),
        ],
      ),
    ),
  ]);
}

/** @param {string} key camelCase */
function humanize(key) {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** @param {unknown} value */
function formatValue(value) {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
