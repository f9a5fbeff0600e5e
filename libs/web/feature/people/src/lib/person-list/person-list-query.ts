import { PersonListRequest } from '@cg/web/data-access';
import { flagFilter, urlListQuery } from '@cg/web/ui';

/** The list's state in the URL: `?q=…&lived=1&community=1&archived=1&sort=newest&page=2&after=…`. */
export const { parse: parsePersonListQuery, toParams: toPersonListParams } = urlListQuery<PersonListRequest>({
  sorts: ['name', 'name-desc', 'newest', 'updated'],
  filters: {
    livedExperience: flagFilter('lived'),
    communityRepresentative: flagFilter('community'),
    includeArchived: flagFilter('archived'),
  },
});

/** What the empty list says, naming the search and filters that found nothing. */
export function emptyPeopleMessage(query: PersonListRequest): string {
  const search = query.search.trim();
  const filters = [
    query.livedExperience && 'brings lived experience',
    query.communityRepresentative && 'represents the community',
  ].filter(Boolean);
  if (!search && filters.length === 0)
    return query.includeArchived
      ? 'No people have been recorded yet.'
      : 'No people have been recorded yet, or all are archived.';
  const what = search ? `No people match “${search}”` : 'No people match';
  return filters.length ? `${what} with these filters: ${filters.join(', ')}.` : `${what}.`;
}
