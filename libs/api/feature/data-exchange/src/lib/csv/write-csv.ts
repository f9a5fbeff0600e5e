import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { Readable } from 'node:stream';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets an
 * apostrophe in front, as the funder portfolio export does; the importer takes it off again.
 */
export function defuse(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows as CSV text with a header, every field defused. */
export function csvText(columns: readonly string[], rows: Iterable<Record<string, unknown>>): string {
  return stringifySync(
    [...rows].map((row) => columns.map((column) => defuse(row[column]))),
    {
      header: true,
      columns: [...columns],
    },
  );
}

/** The same, streamed from an async source of rows (for exports of any size). */
export function csvStream(columns: readonly string[], rows: AsyncIterable<Record<string, unknown>>): Readable {
  const out = stringify({ header: true, columns: [...columns] });
  void (async () => {
    try {
      for await (const row of rows) {
        if (!out.write(columns.map((column) => defuse(row[column]))))
          await new Promise((resolve) => out.once('drain', resolve));
      }
      out.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
