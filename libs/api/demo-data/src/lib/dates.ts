/** Dates as whole UTC days since 1970-01-01; rows carry them as ISO strings (PostgreSQL `date`). */

/** The reference "today" of a generated network unless one is given: fixed, so networks are repeatable. */
export const DEFAULT_TODAY = '2026-11-01';

const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

export function toDay(date: Date | string): number {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!match) throw new Error(`"${date}" is not a date like 2026-11-01.`);
    return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
  }
  if (Number.isNaN(date.getTime())) throw new Error('The reference date is not a valid date.');
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY_MS);
}

/** 2026-11-01 for a day number; memoised, as a network repeats the same few thousand dates. */
export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** The same day of the month `months` later (clamped to the month's end). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS);
}

export function startOfMonth(day: number): number {
  const date = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
