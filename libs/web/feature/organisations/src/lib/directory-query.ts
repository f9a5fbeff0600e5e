import type { ParamMap, Params } from '@angular/router';
import { Sector } from '@cg/shared/domain';
import { DirectoryQuery, DirectorySort, EMPTY_DIRECTORY_QUERY, OrganisationType } from '@cg/web/data-access';
import { pagingParams, parsePaging } from '@cg/web/ui';

const TYPES = new Set<string>(Object.values(OrganisationType));
const SECTORS = new Set<string>(Object.values(Sector));

/**
 * Reads the directory's state from the URL query string
 * (`?q=leics&type=CHARITY&sector=…&place=…&sort=recent&page=2&after=…`); unknown values are ignored.
 */
export function parseDirectoryQuery(params: ParamMap): DirectoryQuery {
  const type = params.get('type');
  const sector = params.get('sector');
  return {
    search: params.get('q') ?? '',
    type: type && TYPES.has(type) ? (type as OrganisationType) : null,
    sector: sector && SECTORS.has(sector) ? (sector as Sector) : null,
    place: params.get('place') || null,
    sort: (params.get('sort') === 'recent' ? 'recent' : 'name') satisfies DirectorySort,
    ...parsePaging(params),
  };
}

/** The query string for a directory state, leaving defaults out so URLs stay short. */
export function toQueryParams(query: DirectoryQuery): Params {
  return {
    q: query.search.trim() || null,
    type: query.type,
    sector: query.sector,
    place: query.place,
    sort: query.sort === EMPTY_DIRECTORY_QUERY.sort ? null : query.sort,
    ...pagingParams(query),
  };
}
