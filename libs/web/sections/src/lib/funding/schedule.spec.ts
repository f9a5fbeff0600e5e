import { addYears, hasRepeatedDueDate, scheduleMismatchMessage, scheduleShortfallPence, scheduleTotalPence, splitEvenlyByYear, yearsInPeriod } from './schedule';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('schedule totals', () => {
  it('adds instalments in whole pence, so 0.1 + 0.2 comes to 0.30 exactly', () => {
    expect(scheduleTotalPence([{ amount: 0.1 }, { amount: 0.2 }])).toBe(30);
    expect(scheduleShortfallPence(0.3, [{ amount: 0.1 }, { amount: 0.2 }])).toBe(0);
  });

  it('treats an empty schedule as paid in one sum, which always matches', () => {
    expect(scheduleShortfallPence(50_000, [])).toBe(0);
    expect(scheduleMismatchMessage(50_000, [])).toBeNull();
  });

  it('says by how much the instalments fall short or come to more, in pounds', () => {
    expect(scheduleMismatchMessage(50_000, [{ amount: 25_000 }, { amount: 20_000 }])).toBe(
      'The instalments add up to £45,000: £5,000 less than the amount of £50,000. They must add up to the amount exactly.',
    );
    expect(scheduleMismatchMessage(100, [{ amount: 60 }, { amount: 40.5 }])).toContain('£0.50 more than the amount of £100');
    expect(scheduleMismatchMessage(100, [{ amount: 60 }, { amount: 40 }])).toBeNull();
  });

  it('counts a missing amount as nothing', () => {
    expect(scheduleTotalPence([{ amount: null }, { amount: 10 }])).toBe(1000);
    expect(scheduleShortfallPence(null, [{ amount: 10 }])).toBe(-1000);
  });

  it('notices two instalments on the same day', () => {
    expect(hasRepeatedDueDate([{ dueDate: day(2026, 4, 1) }, { dueDate: day(2026, 4, 1) }])).toBe(true);
    expect(hasRepeatedDueDate([{ dueDate: day(2026, 4, 1) }, { dueDate: day(2027, 4, 1) }, { dueDate: null }, { dueDate: null }])).toBe(false);
  });
});

describe('splitting evenly by year', () => {
  it('counts one instalment for each year the period starts', () => {
    expect(yearsInPeriod(day(2026, 4, 1), day(2028, 3, 31))).toBe(2);
    expect(yearsInPeriod(day(2026, 4, 1), day(2028, 4, 1))).toBe(3);
    expect(yearsInPeriod(day(2026, 4, 1), null)).toBe(1);
    expect(yearsInPeriod(day(2026, 4, 1), day(2025, 1, 1))).toBe(1);
  });

  it('shares the amount over the years, with the odd pennies first, so the total is exact', () => {
    const rows = splitEvenlyByYear(100, day(2026, 4, 1), day(2029, 3, 31));
    expect(rows.map((r) => r.amount)).toEqual([33.34, 33.33, 33.33]);
    expect(rows.map((r) => r.dueDate?.toDateString())).toEqual([
      day(2026, 4, 1).toDateString(),
      day(2027, 4, 1).toDateString(),
      day(2028, 4, 1).toDateString(),
    ]);
    expect(scheduleShortfallPence(100, rows)).toBe(0);
  });

  it('splits a two-year grant in two', () => {
    const rows = splitEvenlyByYear(60_000, day(2026, 1, 1), day(2027, 12, 31));
    expect(rows.map((r) => r.amount)).toEqual([30_000, 30_000]);
    expect(rows.every((r) => !r.paid)).toBe(true);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears(day(2028, 2, 29), 1).toDateString()).toBe(day(2029, 2, 28).toDateString());
  });
});
