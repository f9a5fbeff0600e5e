import { IndicatorDirection, OutcomeIndicator, OutcomeStatus } from '@cg/web/data-access';
import { indicatorChartConfig } from './chart-config';
import { chartSummary, dayOf, formatDay, formatIndicatorValue, progressText, toIndicatorSeries } from './indicator-series';

function indicator(overrides: Partial<OutcomeIndicator> = {}): OutcomeIndicator {
  return {
    __typename: 'Indicator',
    id: 'i1',
    name: 'Regular participants',
    unit: 'people',
    direction: IndicatorDirection.INCREASE,
    baselineValue: 38,
    baselineDate: '2024-09-01',
    targetValue: 59,
    targetDate: '2028-10-01',
    source: 'Monitoring returns',
    status: OutcomeStatus.ON_TRACK,
    progress: { __typename: 'IndicatorProgress', raw: 0.5714, display: 0.5714 },
    measurements: [
      { __typename: 'Measurement', id: 'm2', value: 50, date: '2026-09-01', note: null, source: null },
      { __typename: 'Measurement', id: 'm1', value: 42, date: '2024-12-01', note: 'First count', source: null },
    ],
    ...overrides,
  } as OutcomeIndicator;
}

describe('toIndicatorSeries', () => {
  it('puts readings in date order on a day axis', () => {
    const series = toIndicatorSeries(indicator());
    expect(series.readings.map((r) => [r.date, r.y])).toEqual([
      ['2024-12-01', 42],
      ['2026-09-01', 50],
    ]);
    expect(series.readings[0].x).toBe(Date.UTC(2024, 11, 1));
  });

  it('draws baseline and target as flat lines across the whole span, baseline date to target date', () => {
    const series = toIndicatorSeries(indicator());
    const from = dayOf('2024-09-01');
    const to = dayOf('2028-10-01');
    expect([series.xMin, series.xMax]).toEqual([from, to]);
    expect(series.baselineLine).toEqual([
      { x: from, y: 38 },
      { x: to, y: 38 },
    ]);
    expect(series.targetLine).toEqual([
      { x: from, y: 59 },
      { x: to, y: 59 },
    ]);
    expect(series.planLine).toEqual([
      { x: from, y: 38 },
      { x: to, y: 59 },
    ]);
  });

  it('leaves out lines it has no values for', () => {
    const series = toIndicatorSeries(indicator({ baselineValue: null, targetValue: null, targetDate: null }));
    expect(series.baselineLine).toEqual([]);
    expect(series.targetLine).toEqual([]);
    expect(series.planLine).toEqual([]);
    expect(series.xMax).toBe(dayOf('2026-09-01'));
  });
});

describe('indicatorChartConfig', () => {
  it('has readings, target, baseline and plan, told apart by dashes as well as colour', () => {
    const config = indicatorChartConfig(toIndicatorSeries(indicator()), 'people');
    const datasets = config.data.datasets;
    expect(datasets.map((d) => d.label)).toEqual(['Readings', 'Target (higher is better)', 'Baseline', 'Plan']);
    expect(datasets[0].data).toEqual([
      { x: Date.UTC(2024, 11, 1), y: 42 },
      { x: Date.UTC(2026, 8, 1), y: 50 },
    ]);
    const dashes = datasets.map((d) => JSON.stringify((d as { borderDash?: number[] }).borderDash ?? []));
    expect(new Set(dashes).size).toBe(4);
  });

  it('says lower is better for indicators that should fall', () => {
    const config = indicatorChartConfig(
      toIndicatorSeries(indicator({ direction: IndicatorDirection.DECREASE, baselineValue: 30, targetValue: 20 })),
      '%',
    );
    expect(config.data.datasets[1].label).toBe('Target (lower is better)');
  });
});

describe('formatIndicatorValue', () => {
  it('writes values the way people do', () => {
    expect(formatIndicatorValue(62, '%')).toBe('62%');
    expect(formatIndicatorValue(1200, '£')).toBe('£1,200');
    expect(formatIndicatorValue(50, 'people')).toBe('50 people');
    expect(formatIndicatorValue(3.456, 'visits per month')).toBe('3.46 visits per month');
  });
});

describe('progressText', () => {
  it('says how far from baseline to target, in words', () => {
    expect(progressText({ progress: { raw: 0.5714, display: 0.5714 } })).toBe('57% of the way from baseline to target');
    expect(progressText({ progress: { raw: 1, display: 1 } })).toBe('Target reached');
    expect(progressText({ progress: { raw: 1.3, display: 1 } })).toBe('Beyond the target');
    expect(progressText({ progress: { raw: -0.2, display: 0 } })).toBe('Worse than the baseline');
    expect(progressText({ progress: null })).toBeNull();
  });
});

describe('chartSummary', () => {
  it('sums the chart up in a sentence with UK dates', () => {
    expect(chartSummary(indicator())).toBe(
      'Latest 50 people on 01/09/2026, target 59 people by 01/10/2028, on track. ' +
        'Baseline 38 people on 01/09/2024; higher is better. 2 readings in all.',
    );
  });

  it('copes with no readings and no target', () => {
    expect(
      chartSummary(
        indicator({ measurements: [], targetValue: null, baselineValue: null, status: OutcomeStatus.NO_DATA, unit: '%' }),
      ),
    ).toBe('No readings yet, not enough data to judge progress. Higher is better.');
  });

  it('formats days as dd/mm/yyyy', () => {
    expect(formatDay(Date.UTC(2026, 9, 1))).toBe('01/10/2026');
  });
});
