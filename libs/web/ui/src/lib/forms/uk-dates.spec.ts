import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { formatUkDate, fromIsoDate, isoOrNull, parseUkDate, provideUkDates, toIsoDate, todayInUk } from './uk-dates';

describe('UK dates', () => {
  it('reads day first, as the UK writes dates', () => {
    expect(toIsoDate(parseUkDate('03/04/2026') as Date)).toBe('2026-04-03');
    expect(toIsoDate(parseUkDate('3-4-26') as Date)).toBe('2026-04-03');
    expect(toIsoDate(parseUkDate('2026-04-03') as Date)).toBe('2026-04-03');
  });

  it('refuses days that do not exist', () => {
    expect(parseUkDate('31/02/2026')).toBeNull();
    expect(parseUkDate('13/13/2026')).toBeNull();
    expect(parseUkDate('next tuesday')).toBeNull();
  });

  it('shows API dates as dd/mm/yyyy', () => {
    expect(formatUkDate('2026-11-05')).toBe('05/11/2026');
    expect(formatUkDate(null)).toBe('');
    expect(fromIsoDate(null)).toBeNull();
  });

  it('sends a datepicker value as an API date, and nothing for an empty or invalid one', () => {
    expect(isoOrNull(new Date(2026, 10, 5))).toBe('2026-11-05');
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(new Date(NaN))).toBeNull();
  });

  it('knows today in the UK, even late in the evening elsewhere', () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in London (BST).
    expect(todayInUk(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInUk(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });

  it('makes the datepicker parse and show dd/mm/yyyy', () => {
    TestBed.configureTestingModule({ providers: [provideUkDates()] });
    const adapter = TestBed.inject(DateAdapter<Date>);
    const parsed = adapter.parse('03/04/2026', {}) as Date;
    expect(toIsoDate(parsed)).toBe('2026-04-03');
    expect(adapter.format(parsed, { cg: 'input' })).toBe('03/04/2026');
    expect(adapter.isValid(adapter.parse('31/02/2026', {}) as Date)).toBe(false);
    expect(adapter.parse('', {})).toBeNull();
    expect(adapter.getFirstDayOfWeek()).toBe(1);
  });
});
