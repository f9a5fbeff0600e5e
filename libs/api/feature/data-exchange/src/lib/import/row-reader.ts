import { isEmail } from 'class-validator';
import { undefuse } from '../csv/read-csv';

/** One thing wrong with a row: the field (as the importer names it) and why, in words. */
export interface FieldError {
  field: string;
  reason: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A calendar day as yyyy-mm-dd from yyyy-mm-dd or the UK's dd/mm/yyyy; null when it is no real day. */
export function parseDay(text: string): string | null {
  const iso = ISO_DAY.exec(text);
  const uk = UK_DAY.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Reads one mapped row field by field, collecting every problem instead of stopping at the
 * first, so the error report says all that is wrong with a row at once. Each reader answers
 * `undefined` when the field has no column (leave the record's value alone), `null` when the
 * cell is blank, else the value.
 */
export class RowReader {
  readonly errors: FieldError[] = [];

  constructor(
    private readonly values: Record<string, string>,
    private readonly mapping: Readonly<Record<string, string>>,
  ) {}

  fail(field: string, reason: string): void {
    this.errors.push({ field, reason });
  }

  /** The raw cell for a field: undefined when unmapped, '' when blank. */
  raw(field: string): string | undefined {
    const column = this.mapping[field];
    if (!column) return undefined;
    return undefuse((this.values[column] ?? '').trim());
  }

  text(field: string, rules: { required?: boolean; max?: number; min?: number } = {}): string | null | undefined {
    const value = this.raw(field);
    if (value === undefined || value === '') {
      if (rules.required) this.fail(field, 'is required and was blank');
      return value === undefined ? undefined : null;
    }
    if (rules.max && value.length > rules.max)
      this.fail(field, `must be at most ${rules.max} characters (it has ${value.length})`);
    if (rules.min && value.length < rules.min) this.fail(field, `must be at least ${rules.min} characters`);
    return value;
  }

  day(field: string, rules: { required?: boolean } = {}): string | null | undefined {
    const value = this.text(field, rules);
    if (!value) return value;
    const day = parseDay(value);
    if (!day) this.fail(field, `“${value}” is not a date; write it as dd/mm/yyyy (31/03/2025) or yyyy-mm-dd`);
    return day;
  }

  /** One of an enum's values, however it is spelt: "Community group", "community-group", "COMMUNITY_GROUP". */
  choice<E extends string>(
    field: string,
    allowed: Record<string, E>,
    rules: { required?: boolean } = {},
  ): E | null | undefined {
    const value = this.text(field, rules);
    if (!value) return value as null | undefined;
    const key = value
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_');
    const found = Object.values(allowed).find((option) => option === key);
    if (!found) this.fail(field, `“${value}” is not one of ${Object.values(allowed).join(', ')}`);
    return found ?? null;
  }

  yesNo(field: string): boolean | null | undefined {
    const value = this.text(field);
    if (!value) return value as null | undefined;
    const key = value.toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(key)) return true;
    if (['no', 'n', 'false', '0'].includes(key)) return false;
    this.fail(field, `“${value}” is not yes or no`);
    return null;
  }

  number(
    field: string,
    rules: { required?: boolean; min?: number; max?: number; whole?: boolean } = {},
  ): number | null | undefined {
    const value = this.text(field, rules);
    if (!value) return value as null | undefined;
    const parsed = Number(value.replace(/[£,\s]/g, ''));
    if (!Number.isFinite(parsed) || value.replace(/[£,\s]/g, '') === '') {
      this.fail(field, `“${value}” is not a number`);
      return null;
    }
    if (rules.whole && !Number.isInteger(parsed)) this.fail(field, `“${value}” is not a whole number`);
    if (rules.min !== undefined && parsed < rules.min)
      this.fail(field, `must be ${rules.min} or more (it is ${parsed})`);
    if (rules.max !== undefined && parsed > rules.max)
      this.fail(field, `must be ${rules.max} or less (it is ${parsed})`);
    return parsed;
  }

  email(field: string): string | null | undefined {
    const value = this.text(field, { max: 320 });
    if (value && !isEmail(value)) this.fail(field, `“${value}” is not an email address`);
    return value;
  }

  /** Several values in one cell, separated by semicolons ("youth; housing"). */
  list(field: string, rules: { max?: number } = {}): string[] | undefined {
    const value = this.text(field);
    if (value === undefined) return undefined;
    const items = (value ?? '')
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
    const long = items.find((item) => rules.max && item.length > rules.max);
    if (long) this.fail(field, `“${long}” is longer than ${rules.max} characters`);
    return items;
  }
}
