/** A partnership survey round's life: answers are taken while OPEN; closing freezes its results. */
export enum SurveyRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** What a respondent says a partner brings to the partnership (the PARTNER tool's resource list). */
export enum PartnerContribution {
  FUNDING = 'FUNDING',
  VOLUNTEERS = 'VOLUNTEERS',
  DATA = 'DATA',
  EXPERTISE = 'EXPERTISE',
  SPACE = 'SPACE',
  CONNECTIONS = 'CONNECTIONS',
  COMMUNITY_VOICE = 'COMMUNITY_VOICE',
  INFLUENCE = 'INFLUENCE',
  STAFF_TIME = 'STAFF_TIME',
  OTHER = 'OTHER',
}

export const CONTRIBUTION_LABELS: Readonly<Record<PartnerContribution, string>> = {
  [PartnerContribution.FUNDING]: 'Funding',
  [PartnerContribution.VOLUNTEERS]: 'Volunteers',
  [PartnerContribution.DATA]: 'Data',
  [PartnerContribution.EXPERTISE]: 'Expertise',
  [PartnerContribution.SPACE]: 'Space',
  [PartnerContribution.CONNECTIONS]: 'Connections',
  [PartnerContribution.COMMUNITY_VOICE]: 'Community voice',
  [PartnerContribution.INFLUENCE]: 'Influence',
  [PartnerContribution.STAFF_TIME]: 'Staff time',
  [PartnerContribution.OTHER]: 'Other',
};

/** The three trust dimensions of the PARTNER tool, each rated 1–4. */
export const TRUST_DIMENSIONS = ['reliability', 'missionSupport', 'openness'] as const;
/** The three value dimensions of the PARTNER tool, each rated 1–4. */
export const VALUE_DIMENSIONS = ['influence', 'involvement', 'resources'] as const;
export type TrustDimension = (typeof TRUST_DIMENSIONS)[number];
export type ValueDimension = (typeof VALUE_DIMENSIONS)[number];
export type PartnerDimension = TrustDimension | ValueDimension;
export const PARTNER_DIMENSIONS: readonly PartnerDimension[] = [...TRUST_DIMENSIONS, ...VALUE_DIMENSIONS];

export const DIMENSION_LABELS: Readonly<Record<PartnerDimension, string>> = {
  reliability: 'Reliability',
  missionSupport: 'Support of the shared mission',
  openness: 'Openness to discussion',
  influence: 'Power and influence',
  involvement: 'Level of involvement',
  resources: 'Resource contribution',
};

/** Lowest and highest score on every PARTNER scale, and on the success question. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;

/**
 * Per-organisation scores are shown only when at least this many other organisations rated it,
 * so no one can work out who gave which score.
 */
export const MIN_RATERS = 3;

/** Why an organisation's scores are hidden. */
export const HIDDEN_BELOW_THRESHOLD = `Fewer than ${MIN_RATERS} other organisations rated it, so its scores are hidden to keep answers anonymous.`;

/** One respondent organisation's rating of one other member. */
export interface SurveyRating extends Record<PartnerDimension, number> {
  respondentId: string;
  ratedId: string;
  contributions: readonly PartnerContribution[];
}
