import { IndicatorDirection, LevellingUpMission, OutcomeDefiner, OutcomeStatus, Visibility } from '@cg/web/data-access';

export const OUTCOME_STATUS_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ACHIEVED]: 'Achieved',
  [OutcomeStatus.ON_TRACK]: 'On track',
  [OutcomeStatus.AT_RISK]: 'At risk',
  [OutcomeStatus.OFF_TRACK]: 'Off track',
  [OutcomeStatus.NO_DATA]: 'No data yet',
};

/** What each status means, for the status key and screen readers. */
export const OUTCOME_STATUS_HINTS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ACHIEVED]: 'the target has been reached',
  [OutcomeStatus.ON_TRACK]: 'where the plan expected, or ahead',
  [OutcomeStatus.AT_RISK]: 'up to 10 points behind the plan',
  [OutcomeStatus.OFF_TRACK]: 'more than 10 points behind the plan',
  [OutcomeStatus.NO_DATA]: 'no readings, baseline or target yet',
};

/** Statuses in the order the filter offers them: worst first, so attention goes where it is needed. */
export const STATUS_OPTIONS: readonly OutcomeStatus[] = [
  OutcomeStatus.OFF_TRACK,
  OutcomeStatus.AT_RISK,
  OutcomeStatus.ON_TRACK,
  OutcomeStatus.ACHIEVED,
  OutcomeStatus.NO_DATA,
];

export const DEFINER_LABELS: Readonly<Record<OutcomeDefiner, string>> = {
  [OutcomeDefiner.COMMUNITY]: 'The community',
  [OutcomeDefiner.PARTNERSHIP]: 'The partnership',
  [OutcomeDefiner.FUNDER]: 'A funder',
  [OutcomeDefiner.GOVERNMENT]: 'Government',
};

export const DEFINER_OPTIONS: readonly OutcomeDefiner[] = [
  OutcomeDefiner.COMMUNITY,
  OutcomeDefiner.PARTNERSHIP,
  OutcomeDefiner.FUNDER,
  OutcomeDefiner.GOVERNMENT,
];

export const MISSION_LABELS: Readonly<Record<LevellingUpMission, string>> = {
  [LevellingUpMission.LIVING_STANDARDS]: 'Living standards',
  [LevellingUpMission.RESEARCH_AND_DEVELOPMENT]: 'Research and development',
  [LevellingUpMission.TRANSPORT]: 'Transport',
  [LevellingUpMission.DIGITAL_CONNECTIVITY]: 'Digital connectivity',
  [LevellingUpMission.EDUCATION]: 'Education',
  [LevellingUpMission.SKILLS]: 'Skills',
  [LevellingUpMission.HEALTH]: 'Health',
  [LevellingUpMission.WELLBEING]: 'Wellbeing',
  [LevellingUpMission.PRIDE_IN_PLACE]: 'Pride in place',
  [LevellingUpMission.HOUSING]: 'Housing',
  [LevellingUpMission.CRIME]: 'Crime',
  [LevellingUpMission.LOCAL_LEADERSHIP]: 'Local leadership',
};

/** The twelve missions in the government's own order (February 2022). */
export const MISSION_OPTIONS: readonly LevellingUpMission[] = Object.keys(MISSION_LABELS) as LevellingUpMission[];

export const DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  [IndicatorDirection.INCREASE]: 'Higher is better',
  [IndicatorDirection.DECREASE]: 'Lower is better',
};

export const VISIBILITY_OPTIONS: ReadonlyArray<readonly [Visibility, string, string]> = [
  [Visibility.PUBLIC, 'Public', 'everyone signed in to Common Ground can see it.'],
  [Visibility.PARTNERS, 'Partners', 'only members of partnerships your organisation belongs to can see it.'],
  [Visibility.PRIVATE, 'Private', 'only people in your organisation can see it.'],
];

/** Who defined an outcome, as the form asks it. */
export const DEFINER_FORM_LABELS: Readonly<Record<OutcomeDefiner, string>> = {
  [OutcomeDefiner.COMMUNITY]: 'The community it affects',
  [OutcomeDefiner.PARTNERSHIP]: 'The partnership',
  [OutcomeDefiner.FUNDER]: 'A funder',
  [OutcomeDefiner.GOVERNMENT]: 'Government (national or local)',
};
