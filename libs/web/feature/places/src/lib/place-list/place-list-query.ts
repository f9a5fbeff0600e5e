import { PlaceLevel, PlaceListRequest } from '@cg/web/data-access';
import { enumFilter, urlListQuery } from '@cg/web/ui';

const LEVELS = Object.values(PlaceLevel);

/** The list's state in the URL: `?q=…&level=WARD&sort=deprived&page=2&after=…`. */
export const { parse: parsePlaceListQuery, toParams: toPlaceListParams } = urlListQuery<PlaceListRequest>({
  sorts: ['name', 'deprived'],
  filters: { level: enumFilter('level', LEVELS) },
});

/** "England › … › Northby › Millbrook": where a place lies, its nearest `keep` ancestors after an ellipsis. */
export function breadcrumb(ancestors: readonly { readonly name: string }[], keep = 3): string {
  const names = ancestors.map((a) => a.name);
  return (names.length > keep ? ['…', ...names.slice(-keep)] : names).join(' › ');
}
