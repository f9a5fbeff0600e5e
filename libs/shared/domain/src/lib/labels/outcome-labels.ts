import { OutcomeStatus } from '../outcome-progress';
import { IndicatorDirection, LevellingUpMission, OutcomeDefiner } from '../records';

export const OUTCOME_STATUS_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ON_TRACK]: 'On track',
  [OutcomeStatus.AT_RISK]: 'At risk',
  [OutcomeStatus.OFF_TRACK]: 'Off track',
  [OutcomeStatus.ACHIEVED]: 'Achieved',
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

/** Who defined an outcome; lower-case it for "Defined by the community". */
export const OUTCOME_DEFINER_LABELS: Readonly<Record<OutcomeDefiner, string>> = {
  [OutcomeDefiner.COMMUNITY]: 'The community',
  [OutcomeDefiner.PARTNERSHIP]: 'The partnership',
  [OutcomeDefiner.FUNDER]: 'A funder',
  [OutcomeDefiner.GOVERNMENT]: 'Government',
};

/** The UK government's twelve Levelling Up missions, in its own order (February 2022, "by 2030"). */
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

/** Which way an indicator should move. */
export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  [IndicatorDirection.INCREASE]: 'Higher is better',
  [IndicatorDirection.DECREASE]: 'Lower is better',
};
