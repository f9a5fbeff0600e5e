import { MISSION_LABELS } from '@cg/shared/domain';
import { LevellingUpMission, OutcomeDefiner, OutcomeStatus } from '@cg/web/data-access';

/** Statuses in the order the filter offers them: worst first, so attention goes where it is needed. */
export const STATUS_OPTIONS: readonly OutcomeStatus[] = [
  OutcomeStatus.OFF_TRACK,
  OutcomeStatus.AT_RISK,
  OutcomeStatus.ON_TRACK,
  OutcomeStatus.ACHIEVED,
  OutcomeStatus.NO_DATA,
];

export const DEFINER_OPTIONS: readonly OutcomeDefiner[] = [
  OutcomeDefiner.COMMUNITY,
  OutcomeDefiner.PARTNERSHIP,
  OutcomeDefiner.FUNDER,
  OutcomeDefiner.GOVERNMENT,
];

/** The twelve missions in the government's own order (February 2022). */
export const MISSION_OPTIONS: readonly LevellingUpMission[] = Object.keys(MISSION_LABELS) as LevellingUpMission[];

/** Who defined an outcome, as the form asks it. */
export const DEFINER_FORM_LABELS: Readonly<Record<OutcomeDefiner, string>> = {
  [OutcomeDefiner.COMMUNITY]: 'The community it affects',
  [OutcomeDefiner.PARTNERSHIP]: 'The partnership',
  [OutcomeDefiner.FUNDER]: 'A funder',
  [OutcomeDefiner.GOVERNMENT]: 'Government (national or local)',
};
