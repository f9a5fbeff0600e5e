import { COLD_SPOT_WORDS } from '@cg/shared/domain';
import { PlaceLevel, PlaceShapeData } from '@cg/web/data-access';
import { NO_DATA, SEQUENTIAL, shadingFor, shadingOptions } from './shading';

function shape(
  id: string,
  figures: { decile?: number; population?: number | null; perHead?: number | null; total?: number },
) {
  return {
    id,
    code: id,
    name: id,
    level: PlaceLevel.LOCAL_AUTHORITY,
    parentId: null,
    imdDecile: figures.decile ?? 5,
    population: figures.population === undefined ? 1000 : figures.population,
    geometry: '{}',
    hex: null,
    livePartnershipCount: 0,
    liveProjectCount: 0,
    analytics: {
      imdRank: null,
      organisationCount: 0,
      activePartnershipCount: 0,
      activeProjectCount: 0,
      fundingTotal: figures.total ?? 0,
      fundingPerHead: figures.perHead === undefined ? 0 : figures.perHead,
      grantCount: 0,
      funderCount: 0,
    },
  } as PlaceShapeData;
}

describe('place map shadings', () => {
  it('hatches the cold spots over the deprivation colours and says why each is one', () => {
    const a = shape('a', { decile: 1 });
    const b = shape('b', { decile: 2 });
    const c = shape('c', { decile: 9 });
    const spots = new Map([['a', { noActivePartnership: true, lowFunding: true }]]);
    const shading = shadingFor('cold-spots', [a, b, c], { coldSpots: spots, funder: null });
    expect([a, b, c].map(shading.hatched)).toEqual([true, false, false]);
    expect(shading.colour(a)).toBe(SEQUENTIAL[0]);
    expect(shading.describe(a)).toBe('IMD decile 1, cold spot (no active partnership, no funding)');
    expect(shading.describe(b)).toBe('IMD decile 2, not a cold spot');
    expect(shading.legend[0]).toEqual({ colour: SEQUENTIAL[0], label: 'Cold spot', hatched: true });
    expect(shading.definition).toBe(COLD_SPOT_WORDS);
    // While the cold spots load, nothing is hatched and the names say so.
    const loading = shadingFor('cold-spots', [a], { coldSpots: null, funder: null });
    expect(loading.hatched(a)).toBe(false);
    expect(loading.describe(a)).toContain('cold spots loading');
  });

  it('shades funding per head in five equal groups of the funded areas, with none and unknown apart', () => {
    const funded = [1, 2, 3, 4, 5].map((n) => shape(`f${n}`, { perHead: n, total: n * 1000 }));
    const none = shape('none', { perHead: 0 });
    const unknown = shape('unknown', { population: null, perHead: null, total: 500 });
    const shading = shadingFor('funding-per-head', [...funded, none, unknown]);
    expect(funded.map(shading.colour)).toEqual([
      SEQUENTIAL[8],
      SEQUENTIAL[6],
      SEQUENTIAL[4],
      SEQUENTIAL[2],
      SEQUENTIAL[0],
    ]);
    expect(shading.colour(none)).toBe(SEQUENTIAL[9]);
    expect(shading.colour(unknown)).toBe(NO_DATA);
    expect(shading.describe(funded[0])).toBe('funding £1,000, £1 a head');
    expect(shading.describe(unknown)).toBe('funding £500, population not known');
    expect(shading.legend.map((entry) => entry.label)).toEqual([
      '£1',
      '£2',
      '£3',
      '£4',
      '£5',
      'No funding',
      'Population not known',
    ]);
  });

  it('shades local authorities by one funder’s funding per resident, and offers it only once a funder is chosen', () => {
    const a = shape('a', { population: 2000 });
    const b = shape('b', { population: 1000 });
    const funder = { name: 'Aston Trust', byPlace: new Map([['a', { fundingTotal: 3000, grantCount: 2 }]]) };
    const shading = shadingFor('funder', [a, b], { coldSpots: null, funder });
    expect(shading.describe(a)).toBe('£3,000 from Aston Trust, £1.50 a head');
    expect(shading.describe(b)).toBe('nothing from Aston Trust');
    expect(shading.colour(b)).toBe(SEQUENTIAL[9]);
    expect(shading.legendTitle).toContain('Funding from Aston Trust per resident');
    // Without a funder it falls back to deprivation.
    expect(shadingFor('funder', [a], { coldSpots: null, funder: null }).id).toBe('imd');
    expect(shadingOptions(null).map((o) => o.id)).not.toContain('funder');
    expect(shadingOptions('Aston Trust').at(-1)).toEqual({ id: 'funder', label: 'Funding from Aston Trust' });
  });
});
