import { Sector } from '@cg/shared/domain';
import { DirectoryQuery, EMPTY_DIRECTORY_QUERY, OrganisationType } from '@cg/web/data-access';
import { enumFilter, idFilter, urlListQuery } from '@cg/web/ui';

/** The directory's state in the URL: `?q=leics&type=CHARITY&sector=…&place=…&sort=recent&page=2&after=…`. */
export const { parse: parseDirectoryQuery, toParams: toQueryParams } = urlListQuery<DirectoryQuery>({
  sorts: [EMPTY_DIRECTORY_QUERY.sort, 'recent'],
  filters: {
    type: enumFilter('type', Object.values(OrganisationType)),
    sector: enumFilter('sector', Object.values(Sector)),
    place: idFilter('place'),
  },
});
