import { GraphQLScalarType, Kind } from 'graphql';

/** YYYY-MM-DD, the only shape a calendar date takes in the API. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real day of the calendar in YYYY-MM-DD form (so 2025-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (isIsoDate(value)) return value;
  throw new TypeError(`Date must be a day such as 2025-03-31, not ${JSON.stringify(value)}.`);
}

/**
 * `Date`: a calendar day with no time or zone (DateTime is for instants). Parsed values
 * stay strings, which PostgreSQL reads as `date` without any time-zone arithmetic.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date such as 2025-03-31 (ISO 8601, no time or zone).',
  serialize(value) {
    // node-postgres turns a `date` column into local midnight, so read it back in local time.
    if (value instanceof Date) {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
    }
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string such as "2025-03-31".');
    return parse(ast.value);
  },
});
