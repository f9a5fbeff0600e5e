import { convertToParamMap } from '@angular/router';
import { EMPTY_NETWORK_MAP_FILTER, TieKind, toNetworkFilter } from '@cg/web/data-access';
import { DEFAULT_MAP_QUERY, hasFilters, parseMapQuery, toMapQueryParams, toggleKind } from './map-query';

describe('map query in the URL', () => {
  it('reads every filter, the size and the view', () => {
    const query = parseMapQuery(
      convertToParamMap({
        place: 'p1',
        theme: 'Food, Youth',
        partnership: 'ps1',
        funder: 'f1',
        kinds: 'FUNDING,RELATIONSHIP',
        from: '2024-01-01',
        to: '2024-12-31',
        asAt: '2023-03-31',
        size: 'betweenness',
        view: 'table',
      }),
    );
    expect(query).toEqual({
      filter: {
        place: 'p1',
        themes: ['Food', 'Youth'],
        partnership: 'ps1',
        funder: 'f1',
        kinds: [TieKind.RELATIONSHIP, TieKind.FUNDING],
        from: '2024-01-01',
        to: '2024-12-31',
        asAt: '2023-03-31',
      },
      size: 'betweenness',
      view: 'table',
    });
  });

  it('ignores values it does not know', () => {
    expect(parseMapQuery(convertToParamMap({ kinds: 'NOPE', from: 'yesterday', asAt: '31/03/2023', size: 'huge', view: 'globe' }))).toEqual(
      DEFAULT_MAP_QUERY,
    );
  });

  it('writes short URLs, leaving defaults and "every kind" out, and reads back what it wrote', () => {
    expect(Object.values(toMapQueryParams(DEFAULT_MAP_QUERY)).every((v) => v === null)).toBe(true);
    const every = { ...DEFAULT_MAP_QUERY, filter: { ...EMPTY_NETWORK_MAP_FILTER, kinds: Object.values(TieKind) } };
    expect(toMapQueryParams(every)['kinds']).toBeNull();
    const query = parseMapQuery(convertToParamMap({ place: 'p1', theme: 'Food', kinds: 'FUNDING', size: 'eigenvector' }));
    const params = toMapQueryParams(query);
    expect(params).toMatchObject({ place: 'p1', theme: 'Food', kinds: 'FUNDING', size: 'eigenvector', view: null });
    expect(parseMapQuery(convertToParamMap(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null))))).toEqual(query);
  });

  it('ticks and unticks kinds, never leaving none ticked', () => {
    const one = { ...EMPTY_NETWORK_MAP_FILTER, kinds: [TieKind.FUNDING] };
    expect(toggleKind(EMPTY_NETWORK_MAP_FILTER, TieKind.FUNDING, false)).toEqual([
      TieKind.RELATIONSHIP,
      TieKind.CO_MEMBERSHIP,
      TieKind.JOINT_PROJECT,
    ]);
    expect(toggleKind(one, TieKind.FUNDING, false)).toEqual([TieKind.FUNDING]);
    expect(toggleKind(one, TieKind.RELATIONSHIP, true)).toEqual([TieKind.RELATIONSHIP, TieKind.FUNDING]);
    expect(hasFilters(one)).toBe(true);
    expect(hasFilters(EMPTY_NETWORK_MAP_FILTER)).toBe(false);
  });
});

describe('toNetworkFilter', () => {
  it('asks for the whole network when nothing narrows it', () => {
    expect(toNetworkFilter(EMPTY_NETWORK_MAP_FILTER)).toBeNull();
    expect(toNetworkFilter({ ...EMPTY_NETWORK_MAP_FILTER, kinds: Object.values(TieKind), themes: [' '] })).toBeNull();
  });

  it('maps each filter to the API field of the same meaning', () => {
    expect(
      toNetworkFilter({
        place: 'p1',
        themes: [' Food ', 'Youth'],
        partnership: 'ps1',
        funder: 'f1',
        kinds: [TieKind.FUNDING],
        from: '2024-01-01',
        to: '2024-12-31',
        asAt: '2023-03-31',
      }),
    ).toEqual({
      withinPlace: 'p1',
      themes: ['Food', 'Youth'],
      partnership: 'ps1',
      funder: 'f1',
      kinds: [TieKind.FUNDING],
      from: '2024-01-01',
      to: '2024-12-31',
      asAt: '2023-03-31',
    });
  });

  it('keeps the as-at day in the URL, and an empty one means today (no filter)', () => {
    const asAt = { ...DEFAULT_MAP_QUERY, filter: { ...EMPTY_NETWORK_MAP_FILTER, asAt: '2023-03-31' } };
    expect(toMapQueryParams(asAt)['asAt']).toBe('2023-03-31');
    expect(hasFilters(asAt.filter)).toBe(true);
    expect(toNetworkFilter(EMPTY_NETWORK_MAP_FILTER)).toBeNull();
  });
});
