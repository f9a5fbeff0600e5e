import { SECTOR_LABELS } from './palette';
import { sampleNetwork } from './testing/sample-network';
import { nextSort, sortedOrder } from './table-rows';

describe('table order', () => {
  const { nodes } = sampleNetwork();
  const label = (sector: string) => SECTOR_LABELS[sector as keyof typeof SECTOR_LABELS];

  it('sorts by a measure, breaking ties by name', () => {
    expect(Array.from(sortedOrder(nodes, { column: 'degree', direction: 'descending' }, label))).toEqual([0, 3, 1, 2]);
  });

  it('sorts by name and by sector in words', () => {
    expect(Array.from(sortedOrder(nodes, { column: 'name', direction: 'ascending' }, label))).toEqual([3, 1, 2, 0]);
    expect(Array.from(sortedOrder(nodes, { column: 'sector', direction: 'ascending' }, label))).toEqual([3, 2, 1, 0]);
  });

  it('flips the direction on the same column and starts numbers high', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'betweenness')).toEqual({ column: 'betweenness', direction: 'descending' });
  });
});
