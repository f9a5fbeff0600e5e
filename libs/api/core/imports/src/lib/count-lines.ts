import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The file's bytes, gunzipped on the fly when it starts with gzip's magic bytes (whatever its name). */
export async function openUpload(file: string): Promise<Readable> {
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

/** Rows of a CSV (lines less the header), counted in a quick streaming pass, for the progress bar. */
export async function countCsvRows(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of await openUpload(file)) {
      for (const byte of chunk as Buffer) if (byte === 10) lines++;
      last = (chunk as Buffer).at(-1) ?? last;
    }
  } catch {
    // Only the progress bar needs the count: a file that cannot be read (a gzip cut short) is
    // left to the import itself, which refuses it with a sentence saying what to do.
    return 0;
  }
  // A last line without a newline is a row all the same.
  if (last !== 10) lines++;
  return Math.max(lines - 1, 0);
}
