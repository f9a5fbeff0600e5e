import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface CsvRow {
  /**
   * The row's number as a spreadsheet shows it (the header is row 1), for the report: the file's
   * line too, unless a quoted field above it spans lines.
   */
  line: number;
  record: Record<string, string>;
}

/** The file's text, gunzipped on the fly when it starts with gzip's magic bytes (whatever its name). */
export async function openText(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file);
  return magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
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
    const parser = (await openText(file)).pipe(
      parse({
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        record_delimiter: ['\r\n', '\n'],
      }),
    );
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
