import type { ParamMap, Params } from '@angular/router';
import { PlaceLevel, PlaceListRequest } from '@cg/web/data-access';
import { pagingParams, parseEnum, parsePaging } from '@cg/web/ui';

const LEVELS = Object.values(PlaceLevel);

/** Reads the list's state from `?q=…&level=WARD&sort=deprived&page=2&after=…`. */
export function parsePlaceListQuery(params: ParamMap): PlaceListRequest {
  return {
    search: params.get('q') ?? '',
    level: parseEnum(params.get('level'), LEVELS),
    sort: params.get('sort') === 'deprived' ? 'deprived' : 'name',
    ...parsePaging(params),
  };
}

export function toPlaceListParams(query: PlaceListRequest): Params {
  return {
    q: query.search.trim() || null,
    level: query.level,
    sort: query.sort === 'name' ? null : query.sort,
    ...pagingParams(query),
  };
}

/** "England › … › Northby › Millbrook": where a place lies, its nearest `keep` ancestors after an ellipsis. */
export function breadcrumb(ancestors: readonly { readonly name: string }[], keep = 3): string {
  const names = ancestors.map((a) => a.name);
  return (names.length > keep ? ['…', ...names.slice(-keep)] : names).join(' › ');
}
