import { todayInLondon } from './uk-calendar';

describe('todayInLondon', () => {
  it('is the UK calendar day, which runs an hour ahead of UTC in summer', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-06-30T22:59:00Z'))).toBe('2026-06-30');
  });

  it('matches UTC in winter', () => {
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });
});
