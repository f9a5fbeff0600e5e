import { DomainError } from '@cg/shared/domain';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Spreadsheets people upload are far smaller; a bigger body is refused before it fills the disk. */
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;

/** A header a cross-site form cannot send, as the GraphQL endpoint requires: no upload by forgery. */
export function requireSameSite(req: Request): void {
  if (!req.headers['x-requested-with']) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Send the header X-Requested-With (the web app does); it keeps other sites from starting imports.',
      {
        field: 'headers',
      },
    );
  }
}

/**
 * Streams the request body to a temporary file (removed after `work`), so the import's
 * transaction never waits on a slow upload and memory stays flat. Refused past the limit.
 */
export async function withUploadedFile<T>(req: Request, work: (file: string) => Promise<T>): Promise<T> {
  const file = await receiveUpload(req);
  try {
    return await work(file);
  } finally {
    await rm(file, { force: true });
  }
}

/** Streams the request body to a temporary file the caller then owns (a background job removes it when done). */
export async function receiveUpload(req: Request): Promise<string> {
  if (req.readableEnded) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Send the file as the body with Content-Type: application/octet-stream or text/csv.',
      { field: 'body' },
    );
  }
  if (Number(req.headers['content-length'] ?? 0) > UPLOAD_LIMIT_BYTES) throw tooLarge();
  const file = join(tmpdir(), `cg-upload-${randomUUID()}`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > UPLOAD_LIMIT_BYTES ? tooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(req, limit, createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return file;
}

function tooLarge(): DomainError {
  return new DomainError(
    'BAD_USER_INPUT',
    `The file is larger than ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB; split it into several files.`,
    {
      field: 'body',
      httpStatus: 413,
    },
  );
}

/** A JSON object from a query parameter (the mapping, the confirmations), or a clear refusal. */
export function jsonParam(value: unknown, field: string): Record<string, string> | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (
      parsed &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((v) => typeof v === 'string')
    ) {
      return parsed as Record<string, string>;
    }
  } catch {
    // said below
  }
  throw new DomainError('BAD_USER_INPUT', `${field} must be a JSON object of text values.`, { field });
}
