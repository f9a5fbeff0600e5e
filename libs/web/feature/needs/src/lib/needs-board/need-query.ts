import { EMPTY_NEED_BOARD_QUERY, NeedBoardQuery, NeedSource, Priority } from '@cg/web/data-access';
import { enumFilter, idFilter, urlListQuery } from '@cg/web/ui';

/**
 * The board's state in the URL
 * (`?q=food&place=<id>&priority=URGENT&source=COMMUNITY&answered=unanswered&page=2&after=…`);
 * unknown values are ignored.
 */
export const { parse: parseNeedBoardQuery, toParams: toNeedQueryParams } = urlListQuery<NeedBoardQuery>({
  sorts: [EMPTY_NEED_BOARD_QUERY.sort],
  filters: {
    place: idFilter('place'),
    priority: enumFilter('priority', Object.values(Priority)),
    source: enumFilter('source', Object.values(NeedSource)),
    answered: enumFilter('answered', ['answered', 'unanswered'] as const),
  },
});

/** Whether any filter (not paging) is set. */
export function hasNeedFilters(query: NeedBoardQuery): boolean {
  return !!(query.search.trim() || query.place || query.priority || query.source || query.answered);
}

export { EMPTY_NEED_BOARD_QUERY };
