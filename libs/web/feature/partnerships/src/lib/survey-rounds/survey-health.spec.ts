import { CollaborationIndexKey } from '@cg/shared/domain';
import type { SurveyRoundView } from '@cg/web/data-access';
import { closedRounds, formatMeasure, healthSeries } from './survey-health';

const round = (id: string, closesOn: string, meanTrust: number | null, status = 'CLOSED') =>
  ({
    id,
    closesOn,
    status,
    results: status === 'CLOSED'
      ? { meanTrust, meanValue: 2, meanSuccess: null, responseRate: 0.5, density: 0.25, memberSectors: [], indices: [{ key: CollaborationIndexKey.LEADERSHIP_CONCENTRATION, value: 0.625 }] }
      : null,
  }) as unknown as SurveyRoundView;

describe('survey health', () => {
  it('charts closed rounds oldest first, skipping the open one', () => {
    const rounds = closedRounds([round('c', '2026-09-01', 3.1), round('o', '2026-12-01', null, 'OPEN'), round('a', '2026-03-01', 2.6)]);
    expect(rounds.map((r) => r.id)).toEqual(['a', 'c']);
    const series = healthSeries(rounds);
    expect(series.find((s) => s.measure.key === 'trust')?.values).toEqual([2.6, 3.1]);
    expect(series.find((s) => s.measure.key === 'leadership')?.values).toEqual([0.625, 0.625]);
    expect(series.find((s) => s.measure.key === 'sectors')?.values).toEqual([null, null]);
  });

  it('formats each kind of measure', () => {
    expect(formatMeasure(0.6, 'percent')).toBe('60%');
    expect(formatMeasure(3.111, 'score')).toBe('3.1');
    expect(formatMeasure(0.625, 'index')).toBe('0.63');
    expect(formatMeasure(null, 'score')).toBe('–');
  });
});
