import { convertToParamMap } from '@angular/router';
import { pagingParams, parseEnum, parsePaging, showingSummary } from './list-params';

describe('list URL helpers', () => {
  it('reads the page and a cursor, preferring "before" when both are there', () => {
    expect(parsePaging(convertToParamMap({}))).toEqual({ page: 1, after: null, before: null });
    expect(parsePaging(convertToParamMap({ page: '3', after: 'c3' }))).toEqual({ page: 3, after: 'c3', before: null });
    expect(parsePaging(convertToParamMap({ page: '2', after: 'a', before: 'b' }))).toEqual({ page: 2, after: null, before: 'b' });
  });

  it('still pages from a cursor when the page number is missing or nonsense', () => {
    expect(parsePaging(convertToParamMap({ after: 'c' })).page).toBe(2);
    expect(parsePaging(convertToParamMap({ page: 'x' })).page).toBe(1);
  });

  it('keeps only enum values it knows', () => {
    expect(parseEnum('ACTIVE', ['ACTIVE', 'CLOSED'] as const)).toBe('ACTIVE');
    expect(parseEnum('NONSENSE', ['ACTIVE', 'CLOSED'] as const)).toBeNull();
    expect(parseEnum(null, ['ACTIVE'] as const)).toBeNull();
  });

  it('leaves page 1 out of the URL', () => {
    expect(pagingParams({ page: 1, after: null, before: null })).toEqual({ page: null, after: null, before: null });
    expect(pagingParams({ page: 4, after: 'c', before: null })).toEqual({ page: 4, after: 'c', before: null });
  });

  it('says which rows show, and nothing for an empty list or a page past the end', () => {
    expect(showingSummary(2, 20, 20, 1234, 'place', 'places')).toBe('Showing 21–40 of 1,234 places');
    expect(showingSummary(1, 20, 1, 1, 'place', 'places')).toBe('Showing 1–1 of 1 place');
    expect(showingSummary(1, 20, 0, 0, 'place', 'places')).toBe('');
    expect(showingSummary(9, 20, 0, 57, 'place', 'places')).toBe('');
  });
});
