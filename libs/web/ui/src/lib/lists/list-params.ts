import type { ParamMap, Params } from '@angular/router';
import { formatCount } from '../format/format-count';

/** The paging part of a list's URL: `?page=3&after=…` or `?page=2&before=…`. */
export interface ListPaging {
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

/** Reads paging from the URL; a cursor without a page number still pages (counted from page 2). */
export function parsePaging(params: ParamMap): ListPaging {
  const page = Number(params.get('page'));
  const after = params.get('after');
  const before = params.get('before');
  return {
    page: Number.isInteger(page) && page > 1 ? page : after || before ? 2 : 1,
    after: before ? null : after || null,
    before: before || null,
  };
}

/** Reads an enum value from the URL, ignoring anything it does not know. */
export function parseEnum<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function pagingParams(paging: ListPaging): Params {
  return { page: paging.page > 1 ? paging.page : null, after: paging.after, before: paging.before };
}

/** "Showing 21–40 of 57 partnerships", or '' when there is nothing (none at all, or a page past the end). */
export function showingSummary(
  page: number,
  pageSize: number,
  shown: number,
  total: number,
  singular: string,
  plural: string,
): string {
  if (total === 0 || shown === 0) return '';
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(first + shown - 1, total);
  return `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${total === 1 ? singular : plural}`;
}
