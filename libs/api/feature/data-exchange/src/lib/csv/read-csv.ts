import { parse } from 'csv-parse';
import { Readable, Transform, TransformCallback } from 'node:stream';

/** A problem with the whole file, so no row of it was read: said in words a person can act on. */
export class CsvFileError extends Error {}

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1), for the report. */
  line: number;
  /** The row as read, keyed by the file's own column headings. */
  values: Record<string, string>;
}

/**
 * Decodes UTF-8 strictly as the bytes stream past: a file saved as Windows-1252 or UTF-16
 * ("CSV" from older Excel) is refused with advice, never read as mojibake into records.
 */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (chunk.length > 1 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      return done(new CsvFileError(NOT_UTF8));
    }
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(new CsvFileError(NOT_UTF8));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new CsvFileError(NOT_UTF8));
    }
  }
}

const NOT_UTF8 =
  'The file is not UTF-8 text. In Excel choose Save As → “CSV UTF-8 (comma delimited)”; in Google Sheets, File → Download → CSV.';

/**
 * A CSV file's header and its rows, one at a time, so memory stays flat whatever the size.
 * The header is read before the first row is asked for, so a file with the wrong columns is
 * refused before anything is written.
 */
export async function readCsv(bytes: Readable): Promise<{ columns: string[]; rows: AsyncIterable<CsvRow> }> {
  const decoder = new StrictUtf8();
  const parser = bytes
    .pipe(decoder)
    .pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true, trim: true }));
  // Errors upstream (reading, decoding) are not the parser's own: carry them over so the loop sees them.
  bytes.on('error', (error) => decoder.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  const iterator = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[Symbol.asyncIterator]();
  const first = await nextRecord(iterator);
  if (!first) throw new CsvFileError('The file is empty: it has no header row and no rows.');
  const columns = first.record.map((heading) => heading.trim());
  const blank = columns.findIndex((heading) => heading === '');
  if (blank >= 0 && columns.slice(blank).some((heading) => heading !== '')) {
    throw new CsvFileError(`Column ${blank + 1} of the header row has no heading; give every column a heading.`);
  }
  const duplicate = columns.find((heading, index) => heading !== '' && columns.indexOf(heading) !== index);
  if (duplicate) throw new CsvFileError(`Two columns are headed “${duplicate}”; give each column its own heading.`);
  async function* rows(): AsyncGenerator<CsvRow> {
    for (;;) {
      const next = await nextRecord(iterator);
      if (!next) return;
      const values: Record<string, string> = {};
      columns.forEach((heading, index) => {
        if (heading) values[heading] = next.record[index] ?? '';
      });
      yield { line: next.info.lines, values };
    }
  }
  return { columns: columns.filter((heading) => heading !== ''), rows: rows() };
}

async function nextRecord<T>(iterator: AsyncIterator<T>): Promise<T | null> {
  try {
    const next = await iterator.next();
    return next.done ? null : next.value;
  } catch (error) {
    if (error instanceof CsvFileError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof CsvFileError) throw cause;
    throw new CsvFileError(`The file could not be read as CSV: ${(error as Error).message}`);
  }
}

/** Undoes the apostrophe our exports put before text a spreadsheet would run as a formula. */
export function undefuse(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
