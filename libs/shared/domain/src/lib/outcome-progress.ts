import { IndicatorDirection } from './records';

/**
 * Progress toward shared outcomes (docs/domain.md#records: "progress toward target and on track are computed").
 *
 * - **Progress** of an indicator is how far its latest reading has moved from the baseline
 *   toward the target: (latest − baseline) / (target − baseline), so 0 is the baseline and
 *   1 the target. It is direction-aware: for a DECREASE indicator a fall is progress. The raw
 *   value is kept (it can be below 0 or above 1); `display` is clamped to 0–1 for bars.
 * - **Expected progress** at a date is linear from the baseline date (0) to the target date (1).
 * - **Status** compares progress with the progress expected *at the date of the latest reading*
 *   (like with like: a reading from March is judged against where March should have been).
 *   ACHIEVED at or beyond the target; ON_TRACK at or above expected; AT_RISK up to
 *   10 percentage points below expected; OFF_TRACK further below; NO_DATA when there is no
 *   reading, or the indicator lacks a baseline or target (value and date) to judge it against.
 * - **Outcome status** is the worst of its indicators' statuses, NO_DATA when it has none.
 *   "Worst" runs OFF_TRACK, AT_RISK, NO_DATA, ON_TRACK, ACHIEVED: missing data is flagged
 *   above good news, but below a known problem.
 *
 * The API computes the same rules in SQL to filter outcomes by status; keep the two in step.
 */

export enum OutcomeStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  NO_DATA = 'NO_DATA',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

/** From best to worst; the worst of several statuses is the one latest in this list. */
export const OUTCOME_STATUS_ORDER: readonly OutcomeStatus[] = [
  OutcomeStatus.ACHIEVED,
  OutcomeStatus.ON_TRACK,
  OutcomeStatus.NO_DATA,
  OutcomeStatus.AT_RISK,
  OutcomeStatus.OFF_TRACK,
];

/** How far below expected progress (as a fraction: 0.1 is 10 percentage points) is still only AT_RISK. */
export const AT_RISK_MARGIN = 0.1;

/** Floating-point slack, so 0.1 below expected counts as "within 10 points". */
const EPSILON = 1e-9;

/** What an indicator promises: where it started and where it aims to be, by when. Dates are YYYY-MM-DD. */
export interface IndicatorPlan {
  direction: IndicatorDirection | `${IndicatorDirection}`;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
}

/** One reading of an indicator. */
export interface Reading {
  value: number;
  date: string;
}

export interface Progress {
  /** Unclamped: below 0 means worse than the baseline, above 1 beyond the target. */
  raw: number;
  /** Clamped to 0–1 for display. */
  display: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Days since 1970-01-01 for a YYYY-MM-DD date (no time zones involved). */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Progress of a reading from baseline toward target, or null when the indicator has no
 * baseline or target value. When target equals baseline (a "hold the line" target) progress
 * is 1 if the reading is at or better than the target, else 0.
 */
export function indicatorProgress(plan: IndicatorPlan, latest: Reading | null): Progress | null {
  if (!latest || plan.baselineValue === null || plan.targetValue === null) return null;
  const sign = plan.direction === IndicatorDirection.DECREASE ? -1 : 1;
  const span = Math.abs(plan.targetValue - plan.baselineValue);
  const raw =
    span === 0
      ? sign * (latest.value - plan.targetValue) >= 0
        ? 1
        : 0
      : (sign * (latest.value - plan.baselineValue)) / span;
  return { raw, display: clamp01(raw) };
}

/**
 * Progress expected by `at` if the indicator moved in a straight line from its baseline
 * (0 on the baseline date) to its target (1 on the target date); 0 before the baseline,
 * 1 after the target date. Null without both dates, or when the target date is not after the baseline date.
 */
export function expectedProgress(plan: IndicatorPlan, at: string): number | null {
  if (!plan.baselineDate || !plan.targetDate) return null;
  const start = dayNumber(plan.baselineDate);
  const end = dayNumber(plan.targetDate);
  if (end <= start) return null;
  return clamp01((dayNumber(at) - start) / (end - start));
}

/** ACHIEVED / ON_TRACK / AT_RISK / OFF_TRACK / NO_DATA for one indicator, judged at its latest reading. */
export function indicatorStatus(plan: IndicatorPlan, latest: Reading | null): OutcomeStatus {
  const progress = indicatorProgress(plan, latest);
  if (!progress || !latest) return OutcomeStatus.NO_DATA;
  if (progress.raw >= 1 - EPSILON) return OutcomeStatus.ACHIEVED;
  const expected = expectedProgress(plan, latest.date);
  if (expected === null) return OutcomeStatus.NO_DATA;
  const shortfall = expected - progress.raw;
  if (shortfall <= EPSILON) return OutcomeStatus.ON_TRACK;
  if (shortfall <= AT_RISK_MARGIN + EPSILON) return OutcomeStatus.AT_RISK;
  return OutcomeStatus.OFF_TRACK;
}

/** The worst of several statuses (see OUTCOME_STATUS_ORDER); NO_DATA for none. */
export function worstStatus(statuses: readonly OutcomeStatus[]): OutcomeStatus {
  if (statuses.length === 0) return OutcomeStatus.NO_DATA;
  return statuses.reduce((worst, status) =>
    OUTCOME_STATUS_ORDER.indexOf(status) > OUTCOME_STATUS_ORDER.indexOf(worst) ? status : worst,
  );
}

/** The latest reading: the one with the latest date (the last given wins a tie). */
export function latestReading<R extends Reading>(readings: readonly R[]): R | null {
  let latest: R | null = null;
  for (const reading of readings) if (!latest || reading.date >= latest.date) latest = reading;
  return latest;
}
