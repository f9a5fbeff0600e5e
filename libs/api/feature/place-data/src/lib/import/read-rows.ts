import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface CsvRow {
  /** Line of the file (the header is line 1), for the report. */
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
  for await (const row of csvRows(file, { columns: false })) return row.record as unknown as string[];
  return [];
}

/**
 * Streams a CSV file's rows as records keyed by header, one at a time: memory stays flat
 * whatever the file's size. Handles a byte-order mark and gzip.
 */
export async function* csvRows(file: string, options: { columns?: boolean } = {}): AsyncGenerator<CsvRow> {
  const parser = (await openText(file)).pipe(
    parse({
      columns: options.columns ?? true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield { line: info.lines, record };
  }
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

/** "29,199" → 29199; blank or not a number → null. */
export function wholeNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** A decimal figure, or null. */
export function decimal(text: string | undefined): number | null {
  if (text === undefined) return null;
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export const BATCH_SIZE = 1000;
