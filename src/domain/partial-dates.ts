export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A partial ISO date's precision, or null when it is not a real calendar date (2025-02-30). */
export function precisionOf(date: string): DatePrecision | null {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return 'YEAR';
  if (month < 1 || month > 12) return null;
  if (day === undefined) return 'MONTH';
  return day >= 1 && day <= daysInMonth(year as number, month) ? 'DAY' : null;
}

/** The first day a partial date covers: 2025-07 → 2025-07-01. */
export function firstDayOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date covers: 2025-02 → 2025-02-28, 2025 → 2025-12-31. */
export function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
