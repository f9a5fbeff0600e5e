import { decimal, wholeNumber } from './read-rows';

describe('numbers in official files', () => {
  it('reads ranks with thousands separators, as the IoD files write them', () => {
    expect(wholeNumber('29,199')).toBe(29199);
    expect(wholeNumber(' 1,296 ')).toBe(1296);
    expect(wholeNumber('217232.0')).toBe(217232);
  });

  it('reads blanks and words as no number, not zero', () => {
    expect(wholeNumber('')).toBeNull();
    expect(wholeNumber(undefined)).toBeNull();
    expect(wholeNumber('n/a')).toBeNull();
    expect(decimal('')).toBeNull();
  });

  it('keeps decimals', () => expect(decimal('35.036999999999999')).toBeCloseTo(35.037, 3));
});
