import { CollaborationDimension, CollaborationIndexKey, GrowthPoint } from '@cg/web/data-access';
import { countLines, growthChartConfig, growthRows, growthSummary, shareLines } from './growth-series';

const point = (day: string, memberCount: number, sectorCount: number, tieCount: number, density: number | null, diversity: number | null): GrowthPoint => ({
  day,
  memberCount,
  sectorCount,
  tieCount,
  density,
  indices: [
    { key: CollaborationIndexKey.SECTOR_DIVERSITY, dimension: CollaborationDimension.SILO, name: 'Sector diversity', value: diversity },
  ],
});

// The history of the API's as-at-date test: two members tied in January, the tie ended in February,
// a third member in March.
const points = [point('2024-01-31', 2, 2, 1, 1, 0.5), point('2024-02-29', 2, 2, 0, 0, 0.5), point('2024-03-31', 3, 3, 1, 1 / 3, 2 / 3)];

describe('growth over time', () => {
  it('says the change from the first month end to the last in words, with UK dates', () => {
    expect(growthSummary(points)).toBe(
      'From 31/01/2024 to 31/03/2024: members went from 2 to 3; sectors went from 2 to 3; density of ties 1.00 to 0.33.',
    );
    expect(growthSummary([points[0], points[0]])).toContain('members stayed at 2');
    expect(growthSummary([])).toBe('No months to show yet.');
  });

  it('lists the figures newest first for the table, with missing indices said so', () => {
    const rows = growthRows(points);
    expect(rows.map((row) => row.day)).toEqual(['31/03/2024', '29/02/2024', '31/01/2024']);
    expect(rows[0]).toMatchObject({ memberCount: 3, sectorCount: 3, tieCount: 1, density: '0.33' });
    expect(rows[0].indices).toEqual(['0.67', 'Not enough data', 'Not enough data']);
  });

  it('charts counts from zero and shares on a 0–1 scale, one point per month end', () => {
    const counts = growthChartConfig(points, countLines(points), false);
    expect(counts.data.datasets.map((d) => d.label)).toEqual(['Members', 'Sectors', 'Tied pairs of members']);
    expect(counts.data.datasets[0].data).toEqual([
      { x: Date.UTC(2024, 0, 31), y: 2 },
      { x: Date.UTC(2024, 1, 29), y: 2 },
      { x: Date.UTC(2024, 2, 31), y: 3 },
    ]);
    const shares = growthChartConfig(points, shareLines(points), true);
    expect(shares.options?.scales?.['y']).toMatchObject({ min: 0, max: 1 });
    expect(shares.data.datasets[0].data.map((d) => (d as { y: number | null }).y)).toEqual([1, 0, 1 / 3]);
  });
});
