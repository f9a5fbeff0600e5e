import type { ParamMap, Params } from '@angular/router';
import { PersonListRequest, PersonListSort } from '@cg/web/data-access';
import { pagingParams, parsePaging } from '@cg/web/ui';

const SORTS: readonly PersonListSort[] = ['name', 'name-desc', 'newest', 'updated'];

/** Reads the list's state from `?q=…&lived=1&community=1&archived=1&sort=newest&page=2&after=…`. */
export function parsePersonListQuery(params: ParamMap): PersonListRequest {
  const sort = params.get('sort') as PersonListSort | null;
  return {
    search: params.get('q') ?? '',
    livedExperience: params.get('lived') === '1',
    communityRepresentative: params.get('community') === '1',
    includeArchived: params.get('archived') === '1',
    sort: sort && SORTS.includes(sort) ? sort : 'name',
    ...parsePaging(params),
  };
}

/** The list's state as the address's query; defaults are left out. */
export function toPersonListParams(query: PersonListRequest): Params {
  return {
    q: query.search.trim() || null,
    lived: query.livedExperience ? '1' : null,
    community: query.communityRepresentative ? '1' : null,
    archived: query.includeArchived ? '1' : null,
    sort: query.sort === 'name' ? null : query.sort,
    ...pagingParams(query),
  };
}

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
