import { formatPostcode, looksLikePostcode, normalisePostcode } from './normalise-postcode';

describe('postcodes', () => {
  it.each([
    ['sw1a 1aa', 'SW1A1AA', 'SW1A 1AA'],
    [' WC1A1AA ', 'WC1A1AA', 'WC1A 1AA'],
    ['hs1  2aa', 'HS12AA', 'HS1 2AA'],
    ['M1 1AE', 'M11AE', 'M1 1AE'],
  ])('%s is stored as %s and written %s', (text, stored, written) => {
    expect(normalisePostcode(text)).toBe(stored);
    expect(formatPostcode(text)).toBe(written);
    expect(looksLikePostcode(text)).toBe(true);
  });

  it.each(['12345', 'SW1A', 'hello world', ''])('%s is not a postcode', (text) =>
    expect(looksLikePostcode(text)).toBe(false),
  );
});
