/**
 * Partial ISO dates (2025, 2025-07, 2025-07-31) as whole-day ranges, compared as strings: ISO
 * days sort the same way as text, so no Date objects (and no time zones) are involved.
 */

/** @typedef {{ first: string, last: string }} DayRange  both inclusive, YYYY-MM-DD */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The first day a partial date covers: 2025-07 → 2025-07-01. Null for anything that is not a
 * partial ISO date, so bad data hides an event instead of breaking the filter.
 * @param {string | null | undefined} date
 * @returns {string | null}
 */
export function firstDayOf(date) {
  const match = PARTIAL_DATE.exec(date ?? '');
  if (match === null) return null;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

/**
 * The last day a partial date covers: 2025-02 → 2025-02-28, 2025 → 2025-12-31.
 * @param {string | null | undefined} date
 * @returns {string | null}
 */
export function lastDayOf(date) {
  const match = PARTIAL_DATE.exec(date ?? '');
  if (match === null) return null;
  const [, year, month, day] = match;
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return `${year}-${month}-${day}`;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(daysInMonth).padStart(2, '0')}`;
}

/**
 * The days an event covers, from its date to its end date (or the end of its date when it has
 * none), or null for an undated event.
 * @param {{ date?: string | null, endDate?: string | null }} event
 * @returns {DayRange | null}
 */
export function dayRangeOf(event) {
  const first = firstDayOf(event.date);
  const last = lastDayOf(event.endDate ?? event.date);
  return first === null || last === null ? null : { first, last };
}

/**
 * Whether a day range shares at least one day with `bounds`; a null bound is open.
 * @param {DayRange} range
 * @param {{ first: string | null, last: string | null }} bounds
 */
export function overlaps(range, bounds) {
  return (bounds.first === null || range.last >= bounds.first) && (bounds.last === null || range.first <= bounds.last);
}

/**
 * A partial date for people: "2025", "Jul 2025", "1 Aug 2025"; with an end date, a range.
 * @param {string | null | undefined} date
 * @param {string | null | undefined} [endDate]
 */
export function formatPartialDate(date, endDate = null) {
  const start = formatOne(date);
  if (start === null) return 'Undated';
  const end = formatOne(endDate);
  return end === null || end === start ? start : `${start} – ${end}`;
}

/** @param {string | null | undefined} date */
function formatOne(date) {
  const match = PARTIAL_DATE.exec(date ?? '');
  if (match === null) return null;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const monthName = MONTH_NAMES[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * The months between two years, as selectable periods: each year, then its twelve months.
 * @param {number} firstYear
 * @param {number} lastYear
 * @returns {Array<{ year: number, periods: Array<{ value: string, label: string }> }>}
 */
export function periodsBetween(firstYear, lastYear) {
  const years = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const months = MONTH_NAMES.map((name, index) => ({
      value: `${year}-${String(index + 1).padStart(2, '0')}`,
      label: `${name} ${year}`,
    }));
    years.push({ year, periods: [{ value: String(year), label: String(year) }, ...months] });
  }
  return years;
}
