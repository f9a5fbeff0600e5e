import { Injectable, Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats, NativeDateAdapter } from '@angular/material/core';

/**
 * Material's own NativeDateAdapter, taught to read dates the British way. Its `parse` hands
 * text to `Date.parse`, which reads 03/04/2026 as 4 March; this one reads dd/mm/yyyy (also
 * with dashes, dots or spaces, and two-digit years) and ISO yyyy-mm-dd. No date library is
 * needed for calendar dates with no time or zone.
 */
@Injectable()
export class UkDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const text = value.trim();
      if (!text) return null;
      const parsed = parseUkDate(text);
      return parsed ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }

  override format(date: Date, displayFormat: object): string {
    if (!this.isValid(date)) return super.format(date, displayFormat);
    if ((displayFormat as { cg?: string }).cg === 'input') return formatUkDate(toIsoDate(date));
    return super.format(date, displayFormat);
  }

  override getFirstDayOfWeek(): number {
    return 1; // Monday, as UK calendars have it
  }
}

export const UK_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: { cg: 'input' } },
  display: {
    dateInput: { cg: 'input' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/** Provide on a page (or app) that uses `mat-datepicker`: dd/mm/yyyy in and out, weeks from Monday. */
export function provideUkDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: 'en-GB' },
    { provide: DateAdapter, useClass: UkDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: UK_DATE_FORMATS },
  ];
}

/** "23/11/2026", "23-11-26", "2026-11-23" → a local Date at midnight; null if not a real day. */
export function parseUkDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    if (uk[3].length === 2) year += 2000;
  } else {
    return null;
  }
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** A local Date as the API's calendar date, YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A datepicker's value as the API's calendar date; null when empty or not a real date. */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date instanceof Date && !isNaN(date.getTime()) ? toIsoDate(date) : null;
}

/** An API calendar date (YYYY-MM-DD) as a local Date at midnight, or null. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  return value ? parseUkDate(value.slice(0, 10)) : null;
}

/** An ISO calendar date as dd/mm/yyyy; anything else as it came, and '' for nothing. */
export function formatUkDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** Today in the UK, as YYYY-MM-DD (the API's "today" is UK time too). */
export function todayInUk(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
