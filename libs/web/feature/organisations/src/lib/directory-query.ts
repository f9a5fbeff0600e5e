import type { ParamMap, Params } from '@angular/router';
import { Sector } from '@cg/shared/domain';
import { DirectoryQuery, DirectorySort, EMPTY_DIRECTORY_QUERY, OrganisationType } from '@cg/web/data-access';

const TYPES = new Set<string>(Object.values(OrganisationType));
const SECTORS = new Set<string>(Object.values(Sector));

/**
 * Reads the directory's state from the URL query string
 * (`?q=leics&type=CHARITY&sector=…&place=…&sort=recent&page=2&after=…`); unknown values are ignored.
 */
export function parseDirectoryQuery(params: ParamMap): DirectoryQuery {
  const type = params.get('type');
  const sector = params.get('sector');
  const page = Number(params.get('page'));
  const after = params.get('after');
  const before = params.get('before');
  return {
    search: params.get('q') ?? '',
    type: type && TYPES.has(type) ? (type as OrganisationType) : null,
    sector: sector && SECTORS.has(sector) ? (sector as Sector) : null,
    place: params.get('place') || null,
    sort: (params.get('sort') === 'recent' ? 'recent' : 'name') satisfies DirectorySort,
    // A cursor without a page number still pages; the count then starts from page 2.
    page: Number.isInteger(page) && page > 1 ? page : after || before ? 2 : 1,
    after: before ? null : after || null,
    before: before || null,
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
    page: query.page > 1 ? query.page : null,
    after: query.after,
    before: query.before,
  };
}
