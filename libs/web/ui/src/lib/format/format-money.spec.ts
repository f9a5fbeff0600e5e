import { formatMoneyHeadline } from './format-money';

describe('formatMoneyHeadline', () => {
  it('shows whole pounds for small amounts', () => {
    expect(formatMoneyHeadline(950)).toBe('£950');
    expect(formatMoneyHeadline(9999.4)).toBe('£9,999');
  });

  it('shortens large amounts the British way', () => {
    expect(formatMoneyHeadline(549100.27)).toBe('£549.1k');
    expect(formatMoneyHeadline(1_250_000)).toBe('£1.3m');
  });
});
