import { GraphQLTestClient } from '@cg/api/testing';

// Typed operations for the survey round tests.

export const ROUND_FIELDS = `id version partnershipId closesOn status closedAt answeredCount
  invitations { organisationId name answered }
  results {
    invitedCount respondentCount responseRate tiesReported possibleTies density meanTrust meanValue meanSuccess successAnswers
    dimensions { dimension mean } contributions { contribution count }
    organisations { organisationId name raters trust value hiddenReason }
    indices { key dimension value } memberSectors
  }
  resultsCsv`;

export interface Score {
  organisationId: string;
  raters: number;
  trust: number | null;
  value: number | null;
  hiddenReason: string | null;
}

export interface Round {
  id: string;
  version: number;
  status: 'OPEN' | 'CLOSED';
  closesOn: string;
  answeredCount: number;
  invitations: { organisationId: string; name: string; answered: boolean }[];
  results: null | {
    invitedCount: number;
    respondentCount: number;
    responseRate: number;
    tiesReported: number;
    possibleTies: number;
    density: number;
    meanTrust: number;
    meanValue: number;
    meanSuccess: number;
    successAnswers: number;
    contributions: { contribution: string; count: number }[];
    organisations: Score[];
    indices: { key: string; value: number | null }[];
  };
  resultsCsv: string | null;
}

export const OPEN = `mutation ($input: OpenSurveyRoundInput!) { openSurveyRound(input: $input) { ${ROUND_FIELDS} } }`;
export const ANSWER = `mutation ($input: AnswerSurveyRoundInput!) { answerSurveyRound(input: $input) { ${ROUND_FIELDS} } }`;
export const CLOSE = `mutation ($input: RecordVersionInput!) { closeSurveyRound(input: $input) { ${ROUND_FIELDS} } }`;
export const ROUND = `query ($id: ID!) { surveyRound(id: $id) { ${ROUND_FIELDS} } }`;
export const ROUNDS = `query ($id: ID!) { surveyRounds(partnershipId: $id) { ${ROUND_FIELDS} } }`;
export const TASKS = `{ surveyTasks { roundId partnershipId partnershipName organisationId organisationName closesOn } }`;

/** A day `days` from today, as the API takes dates. */
export function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** One rating with all three trust scores `trust` and all three value scores `value`. */
export function rating(ratedOrganisationId: string, trust: number, value: number, contributions: string[] = []) {
  return {
    ratedOrganisationId,
    reliability: trust,
    missionSupport: trust,
    openness: trust,
    influence: value,
    involvement: value,
    resources: value,
    contributions,
  };
}

export async function answer(
  client: GraphQLTestClient,
  roundId: string,
  organisationId: string,
  ratings: ReturnType<typeof rating>[],
  success = 3,
) {
  return client.request<{ answerSurveyRound: Round }>(ANSWER, { input: { roundId, organisationId, ratings, success } });
}

/** The error code and field of a refused request. */
export function refusal(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
}
