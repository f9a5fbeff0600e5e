import { Sector } from '@cg/shared/domain';
import { toSectorRows } from './sector-rows';

describe('toSectorRows', () => {
  it('gives every sector its human label and keeps the order', () => {
    const rows = toSectorRows([
      { sector: Sector.FUNDER, count: 4 },
      { sector: Sector.PRIVATE, count: 2 },
    ]);
    expect(rows).toEqual([
      { label: 'Funder', count: 4 },
      { label: 'Private sector', count: 2 },
    ]);
  });
});
