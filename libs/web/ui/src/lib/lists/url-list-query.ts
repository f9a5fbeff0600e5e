import type { ParamMap, Params } from '@angular/router';
import { pagingParams, parseEnum, parsePaging } from './list-params';
import type { UrlListQuery } from './url-list-page';

/** How one filter of a list stands in its URL: its parameter, read and written (null leaves it out). */
export interface UrlFilter<T> {
  readonly param: string;
  read(value: string | null): T;
  write(value: T): string | null;
}

/** One value of an enum (`?status=ACTIVE`); anything it does not know reads as no filter. */
export function enumFilter<T extends string>(param: string, allowed: readonly T[]): UrlFilter<T | null> {
  return { param, read: (value) => parseEnum(value, allowed), write: (value) => value };
}

/** A record's id (`?member=ORG_ID`); an empty value reads as no filter. */
export function idFilter(param: string): UrlFilter<string | null> {
  return { param, read: (value) => value || null, write: (value) => value };
}

/** A yes/no filter, present as `?lived=1` when on. */
export function flagFilter(param: string): UrlFilter<boolean> {
  return { param, read: (value) => value === '1', write: (value) => (value ? '1' : null) };
}

/** The filters of a list query: whatever it holds beside the search, the sort and paging. */
type FilterKey<Q> = Exclude<keyof Q, keyof UrlListQuery> & string;

export interface UrlListFields<Q extends UrlListQuery> {
  /** The sorts the list knows, its default first (which the URL leaves out). */
  readonly sorts: readonly [Q['sort'], ...Q['sort'][]];
  /** Each filter of the query, in the order the URL lists them. */
  readonly filters: { readonly [K in FilterKey<Q>]: UrlFilter<Q[K]> };
}

export interface UrlListCodec<Q extends UrlListQuery> {
  /** Reads the list's state from `?q=…&<filters>&sort=…&page=2&after=…`; unknown values fall back to the defaults. */
  readonly parse: (params: ParamMap) => Q;
  /** The list's state as the URL's query; defaults are left out, so addresses stay short. */
  readonly toParams: (query: Q) => Params;
}

/**
 * The reading and writing of a list's URL, for a query of search text, `fields.filters`, a
 * sort and paging: every list writes `q`, `sort`, `page`, `after` and `before` the same way.
 */
export function urlListQuery<Q extends UrlListQuery>(fields: UrlListFields<Q>): UrlListCodec<Q> {
  const [defaultSort] = fields.sorts;
  const filters = Object.entries(fields.filters) as [FilterKey<Q>, UrlFilter<unknown>][];
  return {
    parse: (params) => {
      const sort = params.get('sort');
      return {
        search: params.get('q') ?? '',
        ...Object.fromEntries(filters.map(([key, filter]) => [key, filter.read(params.get(filter.param))])),
        sort: fields.sorts.find((known) => known === sort) ?? defaultSort,
        ...parsePaging(params),
      } as Q;
    },
    toParams: (query) => ({
      q: query.search.trim() || null,
      ...Object.fromEntries(filters.map(([key, filter]) => [filter.param, filter.write(query[key])])),
      sort: query.sort === defaultSort ? null : query.sort,
      ...pagingParams(query),
    }),
  };
}
