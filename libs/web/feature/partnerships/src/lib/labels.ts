import {
  ActivityKind,
  CollaborationDimension,
  FundingStatus,
  FundingType,
  GovernanceModel,
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeStatus,
  PartnerRole,
  PartnershipStatus,
  ProjectStatus,
} from '@cg/web/data-access';

export const PARTNER_ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
  [PartnerRole.LEAD]: 'Lead',
  [PartnerRole.CO_LEAD]: 'Co-lead',
  [PartnerRole.CORE_MEMBER]: 'Core member',
  [PartnerRole.DELIVERY_PARTNER]: 'Delivery partner',
  [PartnerRole.FUNDER]: 'Funder',
  [PartnerRole.ADVISER]: 'Adviser',
  [PartnerRole.COMMUNITY_ANCHOR]: 'Community anchor',
};

/** Roles in the order a form offers them: leadership first. */
export const PARTNER_ROLE_OPTIONS = Object.entries(PARTNER_ROLE_LABELS) as ReadonlyArray<[PartnerRole, string]>;

export const PARTNERSHIP_STATUS_LABELS: Readonly<Record<PartnershipStatus, string>> = {
  [PartnershipStatus.FORMING]: 'Forming',
  [PartnershipStatus.ACTIVE]: 'Active',
  [PartnershipStatus.PAUSED]: 'Paused',
  [PartnershipStatus.CLOSED]: 'Closed',
};

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  [ProjectStatus.PLANNED]: 'Planned',
  [ProjectStatus.ACTIVE]: 'Active',
  [ProjectStatus.PAUSED]: 'Paused',
  [ProjectStatus.COMPLETED]: 'Completed',
  [ProjectStatus.CANCELLED]: 'Cancelled',
};

export const GOVERNANCE_LABELS: Readonly<Record<GovernanceModel, string>> = {
  [GovernanceModel.SINGLE_LEAD]: 'Single lead',
  [GovernanceModel.SHARED_LEADERSHIP]: 'Shared leadership',
  [GovernanceModel.ROTATING_CHAIR]: 'Rotating chair',
  [GovernanceModel.COMMUNITY_LED]: 'Community-led',
  [GovernanceModel.INFORMAL_NETWORK]: 'Informal network',
};

export const GOVERNANCE_DESCRIPTIONS: Readonly<Record<GovernanceModel, string>> = {
  [GovernanceModel.SINGLE_LEAD]: 'One organisation leads and is accountable for the partnership.',
  [GovernanceModel.SHARED_LEADERSHIP]: 'Two or more organisations lead together and share accountability.',
  [GovernanceModel.ROTATING_CHAIR]: 'Members take turns to chair and lead the partnership.',
  [GovernanceModel.COMMUNITY_LED]: 'Residents and community groups make the decisions, with organisations in support.',
  [GovernanceModel.INFORMAL_NETWORK]: 'Members work together without a formal structure or lead.',
};

/** The UK government's twelve Levelling Up missions (February 2022, "by 2030"). */
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

export const OUTCOME_STATUS_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ON_TRACK]: 'On track',
  [OutcomeStatus.AT_RISK]: 'At risk',
  [OutcomeStatus.OFF_TRACK]: 'Off track',
  [OutcomeStatus.ACHIEVED]: 'Achieved',
  [OutcomeStatus.NO_DATA]: 'No data yet',
};

export const OUTCOME_DEFINER_LABELS: Readonly<Record<OutcomeDefiner, string>> = {
  [OutcomeDefiner.COMMUNITY]: 'the community',
  [OutcomeDefiner.PARTNERSHIP]: 'the partnership',
  [OutcomeDefiner.FUNDER]: 'a funder',
  [OutcomeDefiner.GOVERNMENT]: 'government',
};

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = {
  [ActivityKind.MEETING]: 'Meeting',
  [ActivityKind.EVENT]: 'Event',
  [ActivityKind.WORKSHOP]: 'Workshop',
  [ActivityKind.CONSULTATION]: 'Consultation',
  [ActivityKind.DELIVERY]: 'Delivery',
  [ActivityKind.MILESTONE]: 'Milestone',
  [ActivityKind.NOTE]: 'Note',
};

export const ACTIVITY_KIND_OPTIONS = Object.entries(ACTIVITY_KIND_LABELS) as ReadonlyArray<[ActivityKind, string]>;

export const FUNDING_TYPE_LABELS: Readonly<Record<FundingType, string>> = {
  [FundingType.GRANT]: 'Grant',
  [FundingType.CONTRACT]: 'Contract',
  [FundingType.IN_KIND]: 'In kind',
  [FundingType.LOAN]: 'Loan',
};

export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, string>> = {
  [FundingStatus.PLEDGED]: 'Pledged',
  [FundingStatus.AWARDED]: 'Awarded',
  [FundingStatus.PAID]: 'Paid',
};

/** "Without ego, silo or logo": what each group of measures asks. */
export const DIMENSION_HEADINGS: ReadonlyArray<readonly [CollaborationDimension, string, string]> = [
  [CollaborationDimension.EGO, 'Ego: shared leadership', 'Is leadership shared, or held by one organisation?'],
  [CollaborationDimension.SILO, 'Silo: working across sectors', 'Do members come from different sectors, and does the community hold seats?'],
  [CollaborationDimension.LOGO, 'Logo: shared credit', 'Are outcomes and projects owned jointly?'],
];

/** Index values: shares and concentrations to two places, as the API's explanations put them. */
export function formatIndex(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'Not enough data';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}
