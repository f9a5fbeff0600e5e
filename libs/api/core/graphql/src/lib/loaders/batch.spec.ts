import { groupedBatch, orderByKeys } from './batch';

describe('batch helpers', () => {
  const rows = [
    { id: 'b', org: 'x' },
    { id: 'a', org: 'y' },
    { id: 'c', org: 'x' },
  ];

  it('line rows up with the keys, null where a key matched nothing', () => {
    expect(orderByKeys(['a', 'z', 'b', 'a'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0], rows[1]]);
  });

  it('group rows under each key for one-to-many loads, [] where none', () => {
    expect(groupedBatch(['x', 'q', 'y'], rows, (row) => row.org)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
