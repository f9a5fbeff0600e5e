import { convertToParamMap } from '@angular/router';
import { EMPTY_NEED_BOARD_QUERY, NeedSource, Priority, toNeedListVariables } from '@cg/web/data-access';
import { hasNeedFilters, parseNeedBoardQuery, toNeedQueryParams } from './need-query';

describe('needs board filters ↔ URL', () => {
  it('reads place, priority, source, status and search from the query string', () => {
    const query = parseNeedBoardQuery(
      convertToParamMap({ q: 'food', place: 'pl1', priority: 'URGENT', source: 'COMMUNITY', answered: 'unanswered' }),
    );
    expect(query).toEqual({
      ...EMPTY_NEED_BOARD_QUERY,
      search: 'food',
      place: 'pl1',
      priority: Priority.URGENT,
      source: NeedSource.COMMUNITY,
      answered: 'unanswered',
    });
    expect(hasNeedFilters(query)).toBe(true);
  });

  it('ignores values it does not know', () => {
    const query = parseNeedBoardQuery(convertToParamMap({ priority: 'SOON', source: 'RUMOUR', answered: 'maybe', page: '-3' }));
    expect(query).toEqual(EMPTY_NEED_BOARD_QUERY);
    expect(hasNeedFilters(query)).toBe(false);
  });

  it('writes short URLs and reads them back the same', () => {
    const query = { ...EMPTY_NEED_BOARD_QUERY, place: 'pl1', priority: Priority.HIGH, page: 2, after: 'c1' };
    const params = toNeedQueryParams(query);
    expect(params).toEqual({ q: null, place: 'pl1', priority: 'HIGH', source: null, answered: null, sort: null, page: 2, after: 'c1', before: null });
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));
    expect(parseNeedBoardQuery(convertToParamMap(clean))).toEqual(query);
  });

  it('asks the API for needs within the place, most urgent first', () => {
    const variables = toNeedListVariables({ ...EMPTY_NEED_BOARD_QUERY, place: 'pl1', priority: Priority.URGENT, answered: 'answered' });
    expect(variables.filter).toEqual({
      and: [{ withinPlace: { eq: 'pl1' } }, { priority: { eq: Priority.URGENT } }, { answered: { eq: true } }],
    });
    expect(variables.first).toBe(20);
    expect(variables.sort?.[0]).toEqual({ field: 'PRIORITY', direction: 'DESC' });
  });
});
