import type { ParamMap, Params } from '@angular/router';
import { EMPTY_NEED_BOARD_QUERY, NeedBoardQuery, NeedSource, Priority } from '@cg/web/data-access';
import { pagingParams, parsePaging } from '@cg/web/ui';

const PRIORITIES = new Set<string>(Object.values(Priority));
const SOURCES = new Set<string>(Object.values(NeedSource));

/**
 * Reads the board's state from the URL query string
 * (`?q=food&place=<id>&priority=URGENT&source=COMMUNITY&answered=unanswered&page=2&after=…`);
 * unknown values are ignored.
 */
export function parseNeedBoardQuery(params: ParamMap): NeedBoardQuery {
  const priority = params.get('priority');
  const source = params.get('source');
  const answered = params.get('answered');
  return {
    search: params.get('q') ?? '',
    place: params.get('place') || null,
    priority: priority && PRIORITIES.has(priority) ? (priority as Priority) : null,
    source: source && SOURCES.has(source) ? (source as NeedSource) : null,
    answered: answered === 'answered' || answered === 'unanswered' ? answered : null,
    ...parsePaging(params),
  };
}

/** The query string for a board state, leaving defaults out so URLs stay short. */
export function toNeedQueryParams(query: NeedBoardQuery): Params {
  return {
    q: query.search.trim() || null,
    place: query.place,
    priority: query.priority,
    source: query.source,
    answered: query.answered,
    ...pagingParams(query),
  };
}

/** Whether any filter (not paging) is set. */
export function hasNeedFilters(query: NeedBoardQuery): boolean {
  return !!(query.search.trim() || query.place || query.priority || query.source || query.answered);
}

export { EMPTY_NEED_BOARD_QUERY };
