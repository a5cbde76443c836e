import { MONTH_NAMES } from './synthetic-vocabulary';

const DAY_MS = 86_400_000;

/** The ISO day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A partial ISO date as a news text writes it: "on 3 March 2025", "in March 2025", "in 2025". */
export function describeDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `in ${year}`;
  const monthName = MONTH_NAMES[Number(month) - 1] as string;
  return day === undefined ? `in ${monthName} ${year}` : `on ${Number(day)} ${monthName} ${year}`;
}

/** "March 2025" for any date of that month. */
export function monthOf(date: string): string {
  const [year, month = '01'] = date.split('-');
  return `${MONTH_NAMES[Number(month) - 1] as string} ${year}`;
}
