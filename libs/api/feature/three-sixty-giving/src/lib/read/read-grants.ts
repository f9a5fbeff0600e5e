import { openUpload } from '@cg/api/core/imports';
import { parse } from 'csv-parse';
import { open, stat } from 'node:fs/promises';
import { Readable, Stream } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/Pick';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { columnTarget, ColumnTarget, REQUIRED_HEADINGS } from '../schema/flat-columns';
import { grantSchema } from '../schema/grant-schema';
import { utf8Checked } from './checked-text';
import { GrantFileError } from './grant-file-error';

export type GrantFormat = 'json' | 'csv';

/**
 * One grant of the file, as the standard's JSON, with the row to report it by: the spreadsheet's
 * row number for CSV (the header is row 1; a description over two lines is still one row), the
 * grant's position in the list for JSON.
 */
export interface GrantRow {
  line: number;
  grant: Record<string, unknown>;
}

/** JSON when the first thing in the file is `{`, else the flat CSV form. */
export async function detectFormat(file: string): Promise<GrantFormat> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    const text = head
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
  } finally {
    await handle.close();
  }
}

/**
 * Streams the grants of a 360Giving file one at a time, whatever its size: memory stays flat.
 * Whole-file problems (empty, not UTF-8, not JSON, no grants list, missing columns) throw a
 * GrantFileError; a row's problems are left to the schema, row by row.
 */
export async function* readGrants(file: string, format: GrantFormat, notes: string[] = []): AsyncGenerator<GrantRow> {
  if ((await stat(file)).size === 0) throw new GrantFileError('The file is empty: there are no grants in it.');
  if (format === 'json') yield* readJson(file);
  else yield* readCsv(file, notes);
}

/** Pipes the streams together; an error in any of them ends the last one with that error. */
function joined(first: Readable, ...rest: Stream[]): Readable {
  let current: Stream = first;
  const last = rest[rest.length - 1] as Readable;
  for (const next of rest) {
    current.on('error', (error: Error) => last.destroy(error));
    current = (current as Readable).pipe(next as unknown as NodeJS.WritableStream) as unknown as Stream;
  }
  return last;
}

async function* readJson(file: string): AsyncGenerator<GrantRow> {
  const stream = joined(
    await openUpload(file),
    utf8Checked(),
    parser({ streamValues: false }),
    pick({ filter: 'grants' }),
    streamArray(),
  );
  let count = 0;
  try {
    for await (const { key, value } of stream as AsyncIterable<{ key: number; value: unknown }>) {
      count++;
      if (!value || typeof value !== 'object' || Array.isArray(value))
        yield { line: key + 1, grant: { __notAnObject: value } };
      else yield { line: key + 1, grant: value as Record<string, unknown> };
    }
  } catch (error) {
    if (error instanceof GrantFileError) throw error;
    throw new GrantFileError(
      `The file is not valid JSON${count > 0 ? ` after grant ${count.toLocaleString('en-GB')}` : ''}: ${(error as Error).message}`,
    );
  }
  if (count === 0)
    throw new GrantFileError(
      'There are no grants in the file: a 360Giving JSON file holds them in a list called “grants”.',
    );
}

/** Dates in the UK's day/month/year, as spreadsheets save them, become the standard's YYYY-MM-DD. */
function isoDate(value: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : value;
}

/** "£1,234.50" as the number the standard wants; left as text (for the schema to refuse) when it is no number. */
function number(value: string): number | string {
  const cleaned = value.replace(/[£,\s]/g, '');
  return cleaned !== '' && Number.isFinite(Number(cleaned)) ? Number(cleaned) : value;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const nextIsIndex = typeof path[i + 1] === 'number';
    const container = node as Record<string | number, unknown>;
    if (container[key] === undefined) container[key] = nextIsIndex ? [] : {};
    node = container[key] as Record<string, unknown>;
  }
  (node as Record<string | number, unknown>)[path[path.length - 1]] = value;
}

async function* readCsv(file: string, notes: string[]): AsyncGenerator<GrantRow> {
  const rows = joined(
    await openUpload(file),
    utf8Checked(),
    // Any line ending, even mixed in one file (a spreadsheet's export edited by hand).
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }),
  );
  const schema = grantSchema().json;
  let targets: (ColumnTarget | null)[] | undefined;
  let headings: string[] = [];
  let row = 1;
  try {
    for await (const { record } of rows as AsyncIterable<{ record: string[] }>) {
      if (!targets) {
        headings = record.map((heading) => heading.trim());
        targets = headings.map((heading) => columnTarget(schema, heading));
        const known = new Set(headings.map((heading) => heading.toLowerCase()));
        const missing = REQUIRED_HEADINGS.filter((heading) => !known.has(heading.toLowerCase()));
        if (missing.length > 0)
          throw new GrantFileError(
            `This is not a 360Giving flat file: it lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `“${m}”`).join(', ')}. Its columns are ${headings
              .slice(0, 8)
              .map((h) => `“${h}”`)
              .join(', ')}${headings.length > 8 ? '…' : ''}.`,
          );
        const unknown = headings.filter((_, index) => !targets?.[index]);
        if (unknown.length > 0)
          notes.push(
            `Columns not imported (unknown to the standard, or lists it does not flatten): ${unknown.join(', ')}.`,
          );
        continue;
      }
      const grant: Record<string, unknown> = {};
      if (record.length !== headings.length)
        grant['__columns'] = `has ${record.length} fields where the header has ${headings.length}`;
      record.forEach((raw, index) => {
        const target = targets?.[index];
        const value = raw.trim();
        if (!target || value === '') return;
        const leaf = String(target.path[target.path.length - 1]);
        const typed = target.type === 'number' ? number(value) : /date$/i.test(leaf) ? isoDate(value) : value;
        setAt(grant, target.path, typed);
      });
      yield { line: ++row, grant };
    }
  } catch (error) {
    if (error instanceof GrantFileError) throw error;
    throw new GrantFileError(`The CSV file could not be read: ${(error as Error).message}`);
  }
  if (!targets) throw new GrantFileError('The file is empty: there are no grants in it.');
}
