import type { FieldChanges } from '../../entities/audit-log.entity';

/** Columns that change on every write and say nothing about what the user changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

/** The fields whose values differ between two snapshots of a record, with before and after. */
export function fieldChanges(before: object | null, after: object | null): FieldChanges {
  const changes: FieldChanges = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (BOOKKEEPING.has(field) || typeof a[field] === 'function') continue;
    if (!sameValue(b[field], a[field])) changes[field] = { before: plain(b[field]), after: plain(a[field]) };
  }
  return changes;
}

function sameValue(x: unknown, y: unknown): boolean {
  return JSON.stringify(plain(x)) === JSON.stringify(plain(y));
}

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
