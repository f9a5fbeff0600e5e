import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { IndicatorDirection } from '@cg/web/data-access';
import { IndicatorSeries, formatDay, formatIndicatorValue } from './indicator-series';

/**
 * Colours with at least 3:1 contrast on white (WCAG 1.4.11); the lines also differ by dash and
 * marker, so no line is told apart by colour alone.
 */
export const CHART_COLOURS = {
  readings: '#1d4f91',
  baseline: '#5f6368',
  target: '#1e7a3c',
  plan: '#8a4b08',
  grid: '#e0e0e0',
  text: '#3c4043',
} as const;

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The Chart.js line chart for one indicator: readings against baseline, target and plan. */
export function indicatorChartConfig(series: IndicatorSeries, unit: string): ChartConfiguration<'line'> {
  const better = series.direction === IndicatorDirection.DECREASE ? 'lower is better' : 'higher is better';
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    {
      label: 'Readings',
      data: series.readings.map(({ x, y }) => ({ x, y })),
      borderColor: CHART_COLOURS.readings,
      backgroundColor: CHART_COLOURS.readings,
      borderWidth: 2.5,
      pointRadius: 4,
      pointHoverRadius: 6,
      tension: 0,
    },
  ];
  if (series.targetLine.length) {
    datasets.push({
      label: `Target (${better})`,
      data: series.targetLine.map(({ x, y }) => ({ x, y })),
      borderColor: CHART_COLOURS.target,
      backgroundColor: CHART_COLOURS.target,
      borderDash: [8, 4],
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
    });
  }
  if (series.baselineLine.length) {
    datasets.push({
      label: 'Baseline',
      data: series.baselineLine.map(({ x, y }) => ({ x, y })),
      borderColor: CHART_COLOURS.baseline,
      backgroundColor: CHART_COLOURS.baseline,
      borderDash: [2, 3],
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
    });
  }
  if (series.planLine.length) {
    datasets.push({
      label: 'Plan',
      data: series.planLine.map(({ x, y }) => ({ x, y })),
      borderColor: CHART_COLOURS.plan,
      backgroundColor: CHART_COLOURS.plan,
      borderDash: [12, 4, 2, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      pointHitRadius: 0,
    });
  }
  return {
    type: 'line',
    data: { datasets },
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
          min: series.xMin,
          max: series.xMax,
          grid: { color: CHART_COLOURS.grid },
          ticks: {
            color: CHART_COLOURS.text,
            maxTicksLimit: 6,
            callback: (value) => MONTH_YEAR.format(new Date(Number(value))),
          },
        },
        y: {
          grid: { color: CHART_COLOURS.grid },
          ticks: { color: CHART_COLOURS.text, callback: (value) => formatIndicatorValue(Number(value), unit) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: CHART_COLOURS.text, usePointStyle: false, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => (items[0] ? formatDay(items[0].parsed.x ?? 0) : ''),
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${formatIndicatorValue(item.parsed.y ?? 0, unit)}`,
          },
        },
      },
    },
  };
}
