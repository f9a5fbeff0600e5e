import {
  EMPTY_OUTCOME_LIST_QUERY,
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeListQueryState,
  OutcomeStatus,
} from '@cg/web/data-access';
import { enumFilter, idFilter, urlListQuery } from '@cg/web/ui';

/**
 * The tracker's state in the URL
 * (`?q=green&status=OFF_TRACK&definedBy=COMMUNITY&mission=HEALTH&owner=mine&sort=recent&page=2&after=…`).
 */
export const { parse: parseOutcomeListQuery, toParams: toOutcomeQueryParams } = urlListQuery<OutcomeListQueryState>({
  sorts: [EMPTY_OUTCOME_LIST_QUERY.sort, 'recent'],
  filters: {
    status: enumFilter('status', Object.values(OutcomeStatus)),
    definedBy: enumFilter('definedBy', Object.values(OutcomeDefiner)),
    mission: enumFilter('mission', Object.values(LevellingUpMission)),
    owner: idFilter('owner'),
  },
});
