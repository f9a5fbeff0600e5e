import { INDICATOR_DIRECTION_LABELS, OUTCOME_STATUS_LABELS } from '@cg/shared/domain';
import { IndicatorDirection, OutcomeIndicator, OutcomeStatus } from '@cg/web/data-access';
import { formatPounds, formatUkDate } from '@cg/web/ui';

/** A point on an indicator's chart: x is the day (ms since 1970, UTC midnight), y the value. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/** A reading as the chart and its table show it. */
export interface Reading extends ChartPoint {
  readonly id: string;
  /** YYYY-MM-DD, as the API sends it. */
  readonly date: string;
  readonly note: string | null;
}

/** Everything an indicator's chart draws, worked out from the API's record. */
export interface IndicatorSeries {
  /** Readings, oldest first. */
  readonly readings: readonly Reading[];
  /** A flat line at the baseline value across the chart; empty without a baseline. */
  readonly baselineLine: readonly ChartPoint[];
  /** A flat line at the target value across the chart; empty without a target. */
  readonly targetLine: readonly ChartPoint[];
  /** The plan: a straight line from baseline (value and date) to target (value and date); empty without both. */
  readonly planLine: readonly ChartPoint[];
  /** The days the x axis spans: baseline or first reading to target or last reading. */
  readonly xMin: number;
  readonly xMax: number;
  readonly direction: IndicatorDirection;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD as ms since 1970 at UTC midnight; NaN if it is not a date. */
export function dayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
}

/** ms since 1970 (UTC) as dd/mm/yyyy. */
export function formatDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Maps an indicator's readings, baseline and target onto chart lines. */
export function toIndicatorSeries(indicator: OutcomeIndicator): IndicatorSeries {
  const readings: Reading[] = indicator.measurements
    .map((m) => ({ id: m.id, date: String(m.date), x: dayOf(String(m.date)), y: m.value, note: m.note ?? null }))
    .filter((r) => Number.isFinite(r.x))
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const baselineDay = indicator.baselineDate ? dayOf(String(indicator.baselineDate)) : Number.NaN;
  const targetDay = indicator.targetDate ? dayOf(String(indicator.targetDate)) : Number.NaN;
  const days = [baselineDay, targetDay, ...readings.map((r) => r.x)].filter(Number.isFinite);
  const xMin = days.length ? Math.min(...days) : Date.now();
  // A single day still needs a span to draw on.
  const xMax = days.length ? Math.max(...days, xMin + DAY_MS) : xMin + DAY_MS;
  const flat = (value: number | null | undefined): ChartPoint[] =>
    value == null ? [] : [{ x: xMin, y: value }, { x: xMax, y: value }];
  const hasPlan =
    indicator.baselineValue != null && indicator.targetValue != null && Number.isFinite(baselineDay) && Number.isFinite(targetDay);
  return {
    readings,
    baselineLine: flat(indicator.baselineValue),
    targetLine: flat(indicator.targetValue),
    planLine: hasPlan
      ? [
          { x: baselineDay, y: indicator.baselineValue as number },
          { x: targetDay, y: indicator.targetValue as number },
        ]
      : [],
    xMin,
    xMax,
    direction: indicator.direction,
  };
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A value with its unit, the way people write it: "62%", "£1,200", "50 people", "3.5 visits per month". */
export function formatIndicatorValue(value: number, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '%') return `${NUMBER.format(value)}%`;
  if (trimmed === '£' || /^gbp$/i.test(trimmed)) return formatPounds(value);
  return trimmed ? `${NUMBER.format(value)} ${trimmed}` : NUMBER.format(value);
}

/**
 * How far the latest reading has come, in words: "57% of the way from baseline to target",
 * "Target reached", "Worse than the baseline"; null when it cannot be worked out.
 */
export function progressText(indicator: Pick<OutcomeIndicator, 'progress'>): string | null {
  const raw = indicator.progress?.raw;
  if (raw == null || !Number.isFinite(raw)) return null;
  if (raw >= 1) return raw > 1.005 ? 'Beyond the target' : 'Target reached';
  if (raw < 0) return 'Worse than the baseline';
  return `${Math.round(raw * 100)}% of the way from baseline to target`;
}

/**
 * The chart in one sentence, for people who cannot see it, e.g. "Latest 50 people on 01/09/2026,
 * target 59 people by 01/10/2028, on track. Baseline 38 people on 01/09/2024; higher is better."
 */
export function chartSummary(indicator: OutcomeIndicator): string {
  const series = toIndicatorSeries(indicator);
  const unit = indicator.unit;
  const latest = series.readings.at(-1);
  const parts: string[] = [];
  parts.push(latest ? `Latest ${formatIndicatorValue(latest.y, unit)} on ${formatUkDate(latest.date)}` : 'No readings yet');
  if (indicator.targetValue != null) {
    const by = indicator.targetDate ? ` by ${formatUkDate(String(indicator.targetDate))}` : '';
    parts.push(`target ${formatIndicatorValue(indicator.targetValue, unit)}${by}`);
  }
  parts.push(statusWords(indicator.status));
  const first = `${parts.join(', ')}.`;
  const baseline =
    indicator.baselineValue != null
      ? `Baseline ${formatIndicatorValue(indicator.baselineValue, unit)}${
          indicator.baselineDate ? ` on ${formatUkDate(String(indicator.baselineDate))}` : ''
        }; `
      : '';
  const direction = INDICATOR_DIRECTION_LABELS[indicator.direction].toLowerCase();
  const count = series.readings.length;
  const readings = count === 0 ? '' : ` ${count} ${count === 1 ? 'reading' : 'readings'} in all.`;
  return `${first} ${baseline ? baseline + direction : direction.charAt(0).toUpperCase() + direction.slice(1)}.${readings}`;
}

function statusWords(status: OutcomeStatus): string {
  return status === OutcomeStatus.NO_DATA ? 'not enough data to judge progress' : OUTCOME_STATUS_LABELS[status].toLowerCase();
}
