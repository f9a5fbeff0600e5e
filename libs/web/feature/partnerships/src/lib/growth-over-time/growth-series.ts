import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { CollaborationIndexKey, GrowthPoint } from '@cg/web/data-access';
import { formatUkDate } from '@cg/web/ui';
import { formatIndex } from '../labels';

/**
 * Colours with at least 3:1 contrast on white (WCAG 1.4.11); lines also differ by dash and
 * marker, so none is told apart by colour alone.
 */
const LINE_STYLES = [
  { colour: '#1d4f91', dash: [] as number[], point: 'circle' as const },
  { colour: '#1e7a3c', dash: [8, 4], point: 'rect' as const },
  { colour: '#8a4b08', dash: [2, 3], point: 'triangle' as const },
  { colour: '#6a1b9a', dash: [12, 4, 2, 4], point: 'rectRot' as const },
];
const GRID = '#e0e0e0';
const TEXT = '#3c4043';
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** One line of a growth chart: a figure per point, null where there is nothing to measure. */
export interface GrowthLine {
  label: string;
  values: (number | null)[];
}

/** The indices the second chart and the table show, in order. */
export const CHARTED_INDICES: readonly { key: CollaborationIndexKey; label: string }[] = [
  { key: CollaborationIndexKey.SECTOR_DIVERSITY, label: 'Sector diversity' },
  { key: CollaborationIndexKey.CROSS_SECTOR_TIES, label: 'Cross-sector ties' },
  { key: CollaborationIndexKey.LEADERSHIP_CONCENTRATION, label: 'Leadership concentration' },
];

const indexValue = (point: GrowthPoint, key: CollaborationIndexKey) =>
  point.indices.find((index) => index.key === key)?.value ?? null;

/** Members, sectors and tied pairs: the counts chart. */
export function countLines(points: readonly GrowthPoint[]): GrowthLine[] {
  return [
    { label: 'Members', values: points.map((p) => p.memberCount) },
    { label: 'Sectors', values: points.map((p) => p.sectorCount) },
    { label: 'Tied pairs of members', values: points.map((p) => p.tieCount) },
  ];
}

/** Density of members' ties and the charted indices: the shares chart (each 0–1). */
export function shareLines(points: readonly GrowthPoint[]): GrowthLine[] {
  return [
    { label: 'Density of ties', values: points.map((p) => p.density ?? null) },
    ...CHARTED_INDICES.map(({ key, label }) => ({ label, values: points.map((p) => indexValue(p, key)) })),
  ];
}

/** One row of the table alternative, newest first. */
export interface GrowthRow {
  day: string;
  memberCount: number;
  sectorCount: number;
  tieCount: number;
  density: string;
  indices: string[];
}

export function growthRows(points: readonly GrowthPoint[]): GrowthRow[] {
  return [...points].reverse().map((p) => ({
    day: formatUkDate(p.day),
    memberCount: p.memberCount,
    sectorCount: p.sectorCount,
    tieCount: p.tieCount,
    density: formatIndex(p.density),
    indices: CHARTED_INDICES.map(({ key }) => formatIndex(indexValue(p, key))),
  }));
}

/** The change from the first point to the last, in words, for the charts' captions and screen readers. */
export function growthSummary(points: readonly GrowthPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No months to show yet.';
  const span = `From ${formatUkDate(first.day)} to ${formatUkDate(last.day)}`;
  const change = (what: string, a: number, b: number) => (a === b ? `${what} stayed at ${b}` : `${what} went from ${a} to ${b}`);
  const density =
    first.density === null && last.density === null
      ? ''
      : `; density of ties ${formatIndex(first.density)} to ${formatIndex(last.density)}`;
  return `${span}: ${change('members', first.memberCount, last.memberCount)}; ${change('sectors', first.sectorCount, last.sectorCount)}${density}.`;
}

const dayOf = (point: GrowthPoint) => Date.parse(`${String(point.day)}T00:00:00Z`);

/** A Chart.js line chart of the lines over the points' days; `shares` fixes the scale to 0–1. */
export function growthChartConfig(
  points: readonly GrowthPoint[],
  lines: readonly GrowthLine[],
  shares: boolean,
): ChartConfiguration<'line'> {
  const days = points.map(dayOf);
  const format = (value: number) => (shares ? formatIndex(value) : String(Math.round(value)));
  return {
    type: 'line',
    data: {
      datasets: lines.map((line, i) => {
        const style = LINE_STYLES[i % LINE_STYLES.length];
        return {
          label: line.label,
          data: line.values.map((y, j) => ({ x: days[j], y })),
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderDash: style.dash,
          pointStyle: style.point,
          borderWidth: 2,
          pointRadius: points.length > 36 ? 0 : 3,
          spanGaps: false,
          tension: 0,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: days[0],
          max: days.at(-1),
          grid: { color: GRID },
          ticks: { color: TEXT, maxTicksLimit: 6, callback: (value) => MONTH_YEAR.format(new Date(Number(value))) },
        },
        y: {
          ...(shares ? { min: 0, max: 1 } : { beginAtZero: true }),
          grid: { color: GRID },
          ticks: { color: TEXT, ...(shares ? {} : { precision: 0 }), callback: (value) => format(Number(value)) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: TEXT, usePointStyle: true, boxHeight: 6 } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) =>
              items[0] ? formatUkDate(new Date(items[0].parsed.x ?? 0).toISOString().slice(0, 10)) : '',
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${format(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
