import { createHash } from 'node:crypto';
import { SortSpec } from '../sorting/sort-spec';
import { DomainError } from '@cg/shared/domain';

/**
 * A cursor is base64url of a JSON array: a short fingerprint of the list's order, then
 * the row's sort-key values and its id, each as PostgreSQL renders them as text (text
 * keeps full precision: a timestamptz has microseconds, a JS Date only milliseconds).
 */
export type CursorValues = (string | null)[];

/** Identifies an order, so a cursor from a list sorted another way is refused, not misread. */
export function sortFingerprint(keys: readonly SortSpec[]): string {
  const order = keys.map((key) => `${key.sql} ${key.direction} ${key.nulls ?? ''}`).join(',');
  let fingerprint = fingerprints.get(order);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(order).digest('base64url').slice(0, 8);
    // Orders come from the code's sort fields, so there are few; the bound is for safety.
    if (fingerprints.size >= 256) fingerprints.clear();
    fingerprints.set(order, fingerprint);
  }
  return fingerprint;
}

/** Each order's fingerprint, hashed once (a sha256 per page request showed in the profile). */
const fingerprints = new Map<string, string>();

export function encodeCursor(fingerprint: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify([fingerprint, ...values]), 'utf8').toString('base64url');
}

/** The key values in a cursor made for this order; anything else is the client's mistake. */
export function decodeCursor(
  cursor: string,
  fingerprint: string,
  keyCount: number,
  field: 'after' | 'before',
): CursorValues {
  const invalid = () => invalidCursor(cursor, field);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== keyCount + 1 || parsed[0] !== fingerprint) throw invalid();
  const values = parsed.slice(1) as unknown[];
  if (!values.every((value) => value === null || typeof value === 'string')) throw invalid();
  if (values[values.length - 1] === null) throw invalid(); // the id tiebreaker is never NULL
  return values as CursorValues;
}

export function invalidCursor(cursor: string, field: 'after' | 'before'): DomainError {
  const shown = cursor.length > 80 ? `${cursor.slice(0, 80)}…` : cursor;
  return new DomainError('BAD_USER_INPUT', `The cursor "${shown}" is not valid for this list.`, { field });
}
