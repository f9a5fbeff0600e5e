import { formatPounds, formatPoundsPerHead } from './format-pounds';

describe('formatPounds', () => {
  it('shows whole pounds with British grouping', () => {
    expect(formatPounds(69500)).toBe('£69,500');
    expect(formatPounds(0)).toBe('£0');
    expect(formatPounds(1_250_000)).toBe('£1,250,000');
  });

  it('keeps the pence when there are some', () => {
    expect(formatPounds(799.28)).toBe('£799.28');
    expect(formatPounds(426894.8)).toBe('£426,894.80');
    expect(formatPounds(0.5)).toBe('£0.50');
  });

  it('shows negative amounts with a minus sign', () => {
    expect(formatPounds(-50)).toBe('-£50');
  });
});

describe('formatPoundsPerHead', () => {
  it('says a share smaller than a penny is under 1p, not £0', () => {
    expect(formatPoundsPerHead(0.003)).toBe('under 1p');
    expect(formatPoundsPerHead(0)).toBe('£0');
    expect(formatPoundsPerHead(0.01)).toBe('£0.01');
    expect(formatPoundsPerHead(12.5)).toBe('£12.50');
  });
});
