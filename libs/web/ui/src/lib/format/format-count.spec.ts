import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands with commas, as in en-GB', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('leaves small numbers alone', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
  });
});
