import { convertToParamMap } from '@angular/router';
import { EMPTY_PLACE_LIST_QUERY, PlaceLevel } from '@cg/web/data-access';
import { breadcrumb, parsePlaceListQuery, toPlaceListParams } from './place-list-query';

describe('places list URL', () => {
  it('reads search, level, sort and page, ignoring what it does not know', () => {
    expect(parsePlaceListQuery(convertToParamMap({ q: 'mill', level: 'WARD', sort: 'deprived', page: '2', after: 'c1' }))).toEqual({
      search: 'mill',
      level: PlaceLevel.WARD,
      sort: 'deprived',
      page: 2,
      after: 'c1',
      before: null,
    });
    expect(parsePlaceListQuery(convertToParamMap({ level: 'PLANET', sort: 'size' }))).toEqual(EMPTY_PLACE_LIST_QUERY);
  });

  it('writes only what differs from the defaults, so the plain list has a plain address', () => {
    expect(toPlaceListParams(EMPTY_PLACE_LIST_QUERY)).toEqual({ q: null, level: null, sort: null, page: null, after: null, before: null });
    expect(toPlaceListParams({ ...EMPTY_PLACE_LIST_QUERY, search: '  E05 ', level: PlaceLevel.CUSTOM })).toMatchObject({ q: 'E05', level: 'CUSTOM' });
  });
});

describe('breadcrumb', () => {
  it('shows where a place lies, shortened to the nearest places', () => {
    expect(breadcrumb([])).toBe('');
    expect(breadcrumb([{ name: 'England' }, { name: 'North West' }])).toBe('England › North West');
    expect(breadcrumb(['England', 'North West', 'Lancashire', 'Northby', 'Millbrook'].map((name) => ({ name })))).toBe('… › Lancashire › Northby › Millbrook');
  });
});
