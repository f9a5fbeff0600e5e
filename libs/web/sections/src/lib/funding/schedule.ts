import { formatPounds, toIsoDate } from '@cg/web/ui';

/** One row of the schedule editor: a due date and an amount in pounds. */
export interface InstalmentValue {
  dueDate: Date | null;
  amount: number | null;
  paid: boolean;
}

/** Pounds to whole pence, so sums compare exactly (as the API compares them). */
export const toPence = (pounds: number | null | undefined): number => Math.round((pounds ?? 0) * 100);

/** What the instalments add up to, in pence. */
export function scheduleTotalPence(rows: readonly Pick<InstalmentValue, 'amount'>[]): number {
  return rows.reduce((sum, row) => sum + toPence(row.amount), 0);
}

/**
 * How far the schedule is from the amount, in pence: positive when instalments fall short,
 * negative when they come to more. Zero for an empty schedule (paid in one sum).
 */
export function scheduleShortfallPence(amount: number | null | undefined, rows: readonly Pick<InstalmentValue, 'amount'>[]): number {
  if (rows.length === 0) return 0;
  return toPence(amount) - scheduleTotalPence(rows);
}

/** The one-line message for a schedule that does not match the amount; null when it matches. */
export function scheduleMismatchMessage(amount: number | null | undefined, rows: readonly Pick<InstalmentValue, 'amount'>[]): string | null {
  const shortfall = scheduleShortfallPence(amount, rows);
  if (shortfall === 0) return null;
  const total = formatPounds(scheduleTotalPence(rows) / 100);
  const gap = formatPounds(Math.abs(shortfall) / 100);
  return shortfall > 0
    ? `The instalments add up to ${total}: ${gap} less than the amount of ${formatPounds(toPence(amount) / 100)}. They must add up to the amount exactly.`
    : `The instalments add up to ${total}: ${gap} more than the amount of ${formatPounds(toPence(amount) / 100)}. They must add up to the amount exactly.`;
}

/** Whether two instalments fall due on the same day (the API refuses that). */
export function hasRepeatedDueDate(rows: readonly Pick<InstalmentValue, 'dueDate'>[]): boolean {
  const days = rows.filter((r) => r.dueDate).map((r) => toIsoDate(r.dueDate as Date));
  return new Set(days).size !== days.length;
}

/** The same day `years` years on; 29 February becomes 28 February in a common year. */
export function addYears(date: Date, years: number): Date {
  const result = new Date(date.getFullYear() + years, date.getMonth(), date.getDate());
  if (result.getMonth() !== date.getMonth()) result.setDate(0);
  return result;
}

/**
 * How many yearly instalments a period needs: one for each year it starts, so 1 April 2026 to
 * 31 March 2028 is two. At least one; a missing end means one.
 */
export function yearsInPeriod(start: Date, end: Date | null): number {
  if (!end || end < start) return 1;
  let years = 1;
  while (addYears(start, years) <= end) years++;
  return years;
}

/**
 * "Split evenly by year": one instalment a year from the start, the amount shared to the penny;
 * pennies that do not divide evenly go to the earliest instalments, so the total is exact.
 */
export function splitEvenlyByYear(amount: number, start: Date, end: Date | null): InstalmentValue[] {
  const count = yearsInPeriod(start, end);
  const total = toPence(amount);
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, i) => ({
    dueDate: addYears(start, i),
    amount: (base + (i < extra ? 1 : 0)) / 100,
    paid: false,
  }));
}
