import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export interface CsvRow {
  /**
   * The row's number as a spreadsheet shows it (the header is row 1), for the report: the file's
   * line too, unless a quoted field above it spans lines.
   */
  line: number;
  record: Record<string, string>;
}

/**
 * The file's text, gunzipped on the fly when it starts with gzip's magic bytes (whatever its
 * name). A file that is not text (an image, a spreadsheet, a ZIP renamed to .csv) is refused
 * with a sentence, as is a gzip file cut short, rather than read as rows of nonsense.
 */
export async function openText(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  const start = Buffer.alloc(4096);
  let length = 0;
  try {
    ({ bytesRead: length } = await handle.read(start, 0, start.length, 0));
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file);
  if (start[0] === 0x1f && start[1] === 0x8b) return Readable.from(unpacked(file, raw), { objectMode: false });
  const head = start.subarray(0, length);
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    throw new Error(`${file} is a ZIP archive, not a CSV file: unzip it and upload the CSV inside.`);
  }
  if (head.includes(0))
    throw new Error(`${file} is not a CSV file: it holds binary data (an image, a spreadsheet or a program?).`);
  return raw;
}

/** The gzipped file's bytes; zlib's own words ("unexpected end of file") say nothing about what to do. */
async function* unpacked(file: string, raw: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of raw.pipe(createGunzip())) yield chunk as Buffer;
  } catch (error) {
    throw new Error(
      `${file} is a gzip file that cannot be unpacked (${(error as Error).message}); it may have been cut short while downloading, so download it again.`,
    );
  }
}

/** Refuses a CSV whose header lacks the columns an importer reads: the wrong file, not rows to skip. */
export async function requireColumns(file: string, what: string, columns: string[]): Promise<void> {
  const header = await csvHeader(file);
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new Error(
      `${file} is not ${what}: its header has no ${missing.map((column) => `"${column}"`).join(', ')} column.`,
    );
  }
}

/** The header row of a CSV file, to tell which of several layouts it has. */
export async function csvHeader(file: string): Promise<string[]> {
  for await (const fields of csvFields(file)) return fields;
  return [];
}

/**
 * Streams a CSV file's rows as records keyed by header, one at a time: memory stays flat
 * whatever the file's size. Handles a byte-order mark and gzip.
 *
 * Fields are parsed as arrays and keyed here, with the row counted here, and line endings named:
 * csv-parse's own columns, per-record info and line-ending discovery tripled its cost per row,
 * which was most of an import's time (see apps/api/bench/place-import.bench.ts).
 */
export async function* csvRows(file: string): AsyncGenerator<CsvRow> {
  let header: string[] | null = null;
  let line = 0;
  for await (const fields of csvFields(file)) {
    line++;
    if (!header) {
      header = fields;
      continue;
    }
    const record: Record<string, string> = {};
    const count = Math.min(header.length, fields.length);
    for (let column = 0; column < count; column++) record[header[column]] = fields[column];
    yield { line, record };
  }
}

function csvFields(file: string): AsyncGenerator<string[]> {
  return (async function* () {
    const parser = parse({
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n'],
    });
    // pipeline, not pipe: an error unpacking the file reaches the loop below instead of being lost.
    pipeline(await openText(file), parser).catch(() => undefined);
    for await (const fields of parser as AsyncIterable<string[]>) yield fields;
  })();
}

/** Groups an async stream into arrays of `size` (the last may be shorter). */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** "29,199" → 29199; blank or not a number → null. Called for every figure of every row, so no regex unless needed. */
export function wholeNumber(text: string | undefined): number | null {
  const value = decimal(text);
  return value === null ? null : Math.round(value);
}

/** A decimal figure ("1,296.5" too), or null. */
export function decimal(text: string | undefined): number | null {
  if (text === undefined) return null;
  // Number() ignores surrounding spaces but reads a blank as 0: a blank is no figure.
  const plain = Number(text);
  if (Number.isFinite(plain) && text.trim() !== '') return plain;
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export const BATCH_SIZE = 1000;
