/**
 * The timeline strip: events in date order, grouped by the date as the source gives it (a year,
 * a month, a day), undated ones last; and the range controls that filter it. A new range is
 * handed back as a window that `isInWindow` applies, so the graph hides the very same events.
 */
import { buildElement } from './build-element.js';
import { dayRangeOf, firstDayOf, formatPartialDate, lastDayOf, overlaps, periodsBetween } from './partial-dates.js';

/** @typedef {import('./graph-queries.js').TimelineEvent} TimelineEvent */
/** @typedef {{ first: string | null, last: string | null, includeUndated: boolean }} TimelineWindow */

/** What the dot before a date means; the source is only as precise as it is. */
const PRECISION_TITLES = {
  DAY: 'Dated to the day',
  MONTH: 'Dated to the month',
  YEAR: 'Dated to the year',
  NONE: 'The source gives no date',
};

/** No range chosen: everything shows, undated events included. */
export const OPEN_WINDOW = Object.freeze({ first: null, last: null, includeUndated: true });

/**
 * Whether an event (a timeline entry, or an EVENT node's properties) falls in the window.
 * @param {{ date?: string | null, endDate?: string | null }} event
 * @param {TimelineWindow} timelineWindow
 */
export function isInWindow(event, timelineWindow) {
  const range = dayRangeOf(event);
  if (range === null) return timelineWindow.includeUndated;
  return overlaps(range, timelineWindow);
}

/**
 * Draws the strip and wires the controls.
 * @param {{ strip: HTMLElement, from: HTMLSelectElement, to: HTMLSelectElement, includeUndated: HTMLInputElement,
 *   reset: HTMLButtonElement, summary: HTMLElement }} elements
 * @param {TimelineEvent[]} events in timeline order
 * @param {{ onOpen: (id: string) => void, onWindowChange: (timelineWindow: TimelineWindow) => void }} handlers
 */
export function renderTimeline(elements, events, handlers) {
  const { strip, from, to, includeUndated, reset, summary } = elements;
  fillPeriodOptions(from, to, events);
  strip.replaceChildren(...groupByDate(events).map((group) => buildDateColumn(group, handlers.onOpen)));

  const apply = () => {
    const timelineWindow = readWindow(from, to, includeUndated);
    let shown = 0;
    for (const item of strip.querySelectorAll('[data-event-id]')) {
      const event = events.find((candidate) => candidate.id === item.getAttribute('data-event-id'));
      const inWindow = event !== undefined && isInWindow(event, timelineWindow);
      item.setAttribute('data-in-window', String(inWindow));
      if (inWindow) shown += 1;
    }
    for (const column of strip.querySelectorAll('.timeline-column')) {
      column.classList.toggle('is-out', column.querySelector('[data-in-window="true"]') === null);
    }
    summary.textContent = isOpen(timelineWindow)
      ? `${events.length} events`
      : `${shown} of ${events.length} events in range`;
    // Bring the range's first column to the left edge; the reader chose it to look at it.
    const firstInWindow = strip.querySelector('.timeline-column:not(.is-out)');
    if (!isOpen(timelineWindow) && firstInWindow instanceof HTMLElement) strip.scrollLeft = firstInWindow.offsetLeft;
    handlers.onWindowChange(timelineWindow);
  };
  // A range reads naturally as "only what is dated in it", so choosing the first bound drops
  // the undated events; the reader can tick them back in.
  let hadRange = false;
  const applyRange = () => {
    const hasRange = from.value !== '' || to.value !== '';
    if (hasRange && !hadRange) includeUndated.checked = false;
    hadRange = hasRange;
    apply();
  };
  from.onchange = applyRange;
  to.onchange = applyRange;
  includeUndated.onchange = apply;
  reset.onclick = () => {
    from.value = '';
    to.value = '';
    includeUndated.checked = true;
    hadRange = false;
    apply();
  };
  apply();
}

/**
 * @param {HTMLSelectElement} from
 * @param {HTMLSelectElement} to
 * @param {HTMLInputElement} includeUndated
 * @returns {TimelineWindow}
 */
function readWindow(from, to, includeUndated) {
  return { first: firstDayOf(from.value), last: lastDayOf(to.value), includeUndated: includeUndated.checked };
}

/** @param {TimelineWindow} timelineWindow */
function isOpen(timelineWindow) {
  return timelineWindow.first === null && timelineWindow.last === null && timelineWindow.includeUndated;
}

/**
 * Offers every year from the earliest to the latest dated event, each with its months.
 * @param {HTMLSelectElement} from
 * @param {HTMLSelectElement} to
 * @param {TimelineEvent[]} events
 */
function fillPeriodOptions(from, to, events) {
  const years = events
    .flatMap((event) => [event.date, event.endDate])
    .filter((date) => date)
    .map((date) => Number(String(date).slice(0, 4)));
  if (years.length === 0) return;
  const groups = periodsBetween(Math.min(...years), Math.max(...years));
  /** @type {Array<[HTMLSelectElement, string]>} */
  const selects = [
    [from, 'Earliest'],
    [to, 'Latest'],
  ];
  for (const [select, anyLabel] of selects) {
    select.replaceChildren(
      buildElement('option', { text: anyLabel, attributes: { value: '' } }),
      ...groups.map((group) =>
        buildElement(
          'optgroup',
          { attributes: { label: String(group.year) } },
          group.periods.map((period) =>
            buildElement('option', { text: period.label, attributes: { value: period.value } }),
          ),
        ),
      ),
    );
  }
}

/**
 * Consecutive events with the same date (as written) share a column; the server already sorts
 * them by date with the undated last.
 * @param {TimelineEvent[]} events
 */
function groupByDate(events) {
  /** @type {Array<{ key: string, label: string, precision: string | null, events: TimelineEvent[] }>} */
  const groups = [];
  for (const event of events) {
    const key = `${event.date ?? ''}/${event.endDate ?? ''}`;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.key === key) last.events.push(event);
    else
      groups.push({
        key,
        label: formatPartialDate(event.date, event.endDate),
        precision: event.date ? event.datePrecision : null,
        events: [event],
      });
  }
  return groups;
}

/**
 * @param {{ label: string, precision: string | null, events: TimelineEvent[] }} group
 * @param {(id: string) => void} onOpen
 */
function buildDateColumn(group, onOpen) {
  return buildElement('li', { className: `timeline-column precision-${(group.precision ?? 'none').toLowerCase()}` }, [
    buildElement('h3', {
      className: 'timeline-date',
      text: group.label,
      attributes: { title: PRECISION_TITLES[/** @type {keyof typeof PRECISION_TITLES} */ (group.precision ?? 'NONE')] },
    }),
    buildElement(
      'ul',
      { className: 'timeline-events' },
      group.events.map((event) =>
        buildElement('li', {}, [
          buildElement(
            'button',
            {
              className: 'timeline-event',
              attributes: {
                type: 'button',
                'data-testid': 'timeline-event',
                'data-event-id': event.id,
                title: `${event.name}${event.dateText ? ` (“${event.dateText}”)` : ''}`,
              },
              onClick: () => onOpen(event.id),
            },
            [
              buildElement('span', { className: 'timeline-event-name', text: event.name }),
              buildElement('span', { className: 'timeline-event-kind', text: event.kind }),
            ],
          ),
        ]),
      ),
    ),
  ]);
}
