import type { ParamMap, Params } from '@angular/router';
import {
  EMPTY_OUTCOME_LIST_QUERY,
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeListQueryState,
  OutcomeListSort,
  OutcomeStatus,
} from '@cg/web/data-access';
import { pagingParams, parsePaging } from '@cg/web/ui';

const STATUSES = new Set<string>(Object.values(OutcomeStatus));
const DEFINERS = new Set<string>(Object.values(OutcomeDefiner));
const MISSIONS = new Set<string>(Object.values(LevellingUpMission));

/**
 * Reads the tracker's state from the URL query string
 * (`?q=green&status=OFF_TRACK&definedBy=COMMUNITY&mission=HEALTH&owner=mine&sort=recent&page=2&after=…`);
 * unknown values are ignored.
 */
export function parseOutcomeListQuery(params: ParamMap): OutcomeListQueryState {
  const status = params.get('status');
  const definedBy = params.get('definedBy');
  const mission = params.get('mission');
  return {
    search: params.get('q') ?? '',
    status: status && STATUSES.has(status) ? (status as OutcomeStatus) : null,
    definedBy: definedBy && DEFINERS.has(definedBy) ? (definedBy as OutcomeDefiner) : null,
    mission: mission && MISSIONS.has(mission) ? (mission as LevellingUpMission) : null,
    owner: params.get('owner') || null,
    sort: (params.get('sort') === 'recent' ? 'recent' : 'title') satisfies OutcomeListSort,
    ...parsePaging(params),
  };
}

/** The query string for a tracker state, leaving defaults out so URLs stay short. */
export function toOutcomeQueryParams(query: OutcomeListQueryState): Params {
  return {
    q: query.search.trim() || null,
    status: query.status,
    definedBy: query.definedBy,
    mission: query.mission,
    owner: query.owner,
    sort: query.sort === EMPTY_OUTCOME_LIST_QUERY.sort ? null : query.sort,
    ...pagingParams(query),
  };
}
