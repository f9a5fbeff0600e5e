import { Sector } from '../organisation-type';
import { CollaborationIndex, CollaborationInput, collaborationIndices, meanRating } from '../network/indices';
import {
  HIDDEN_BELOW_THRESHOLD,
  MIN_RATERS,
  PARTNER_DIMENSIONS,
  PartnerContribution,
  PartnerDimension,
  SurveyRating,
  TRUST_DIMENSIONS,
  VALUE_DIMENSIONS,
} from './survey';

/** An organisation invited to answer a round: every member of the partnership when it opened. */
export interface SurveyInvitee {
  id: string;
  name: string;
  sector: Sector;
}

export interface SurveyResultsInput {
  invited: readonly SurveyInvitee[];
  /** Organisations that answered. */
  respondentIds: readonly string[];
  ratings: readonly SurveyRating[];
  /** Each respondent's answer to "how successful is the partnership at its shared outcomes" (1–4). */
  successScores: readonly number[];
  /** The partnership's records as they stood on the closing date, for the ego, silo and logo indices. */
  collaboration: CollaborationInput;
}

/** How others see one organisation; the scores are null (with the reason) below the anonymity threshold. */
export interface OrganisationScore {
  organisationId: string;
  name: string;
  sector: Sector;
  raters: number;
  trust: number | null;
  value: number | null;
  hiddenReason: string | null;
}

export interface SurveyResults {
  invitedCount: number;
  respondentCount: number;
  /** Respondents over invited organisations, 0–1; null when nobody was invited. */
  responseRate: number | null;
  /** Pairs of invited organisations with a rating either way. */
  tiesReported: number;
  possibleTies: number;
  /** tiesReported / possibleTies, 0–1; null with fewer than two invited. */
  density: number | null;
  meanTrust: number | null;
  meanValue: number | null;
  dimensions: { dimension: PartnerDimension; mean: number | null }[];
  meanSuccess: number | null;
  successAnswers: number;
  /** How often each contribution was ticked, across all ratings. */
  contributions: { contribution: PartnerContribution; count: number }[];
  organisations: OrganisationScore[];
  indices: Pick<CollaborationIndex, 'key' | 'dimension' | 'name' | 'value' | 'explanation'>[];
  /** Distinct sectors of the members on the closing date, for "two sectors joined". */
  memberSectors: Sector[];
}

const mean = (values: readonly number[]) => meanRating(values);
const trustOf = (r: SurveyRating) => TRUST_DIMENSIONS.map((d) => r[d]);
const valueOf = (r: SurveyRating) => VALUE_DIMENSIONS.map((d) => r[d]);

/**
 * A closed round's results, PARTNER-style. Only ratings between two different invited
 * organisations count; trust and value are the means of their three dimensions' scores.
 */
export function surveyResults(input: SurveyResultsInput): SurveyResults {
  const invitedIds = new Set(input.invited.map((o) => o.id));
  const respondents = new Set(input.respondentIds.filter((id) => invitedIds.has(id)));
  const ratings = input.ratings.filter(
    (r) => r.respondentId !== r.ratedId && invitedIds.has(r.respondentId) && invitedIds.has(r.ratedId) && respondents.has(r.respondentId),
  );
  const n = invitedIds.size;
  const pairs = new Set(ratings.map((r) => [r.respondentId, r.ratedId].sort().join('|')));
  const possibleTies = (n * (n - 1)) / 2;

  const contributionCounts = new Map<PartnerContribution, number>();
  for (const r of ratings) for (const c of new Set(r.contributions)) contributionCounts.set(c, (contributionCounts.get(c) ?? 0) + 1);

  const organisations = input.invited.map((o): OrganisationScore => {
    const received = ratings.filter((r) => r.ratedId === o.id);
    const raters = new Set(received.map((r) => r.respondentId)).size;
    return anonymisedScore({
      organisationId: o.id,
      name: o.name,
      sector: o.sector,
      raters,
      trust: mean(received.flatMap(trustOf)),
      value: mean(received.flatMap(valueOf)),
      hiddenReason: null,
    });
  });

  return {
    invitedCount: n,
    respondentCount: respondents.size,
    responseRate: n ? respondents.size / n : null,
    tiesReported: pairs.size,
    possibleTies,
    density: possibleTies ? pairs.size / possibleTies : null,
    meanTrust: mean(ratings.flatMap(trustOf)),
    meanValue: mean(ratings.flatMap(valueOf)),
    dimensions: PARTNER_DIMENSIONS.map((dimension) => ({ dimension, mean: mean(ratings.map((r) => r[dimension])) })),
    meanSuccess: mean(input.successScores),
    successAnswers: input.successScores.length,
    contributions: Object.values(PartnerContribution)
      .map((contribution) => ({ contribution, count: contributionCounts.get(contribution) ?? 0 }))
      .filter((c) => c.count > 0),
    organisations,
    indices: collaborationIndices(input.collaboration).map(({ key, dimension, name, value, explanation }) => ({
      key,
      dimension,
      name,
      value,
      explanation,
    })),
    memberSectors: [...new Set(input.collaboration.members.map((m) => m.sector))].sort(),
  };
}

/** One organisation's scores, hidden with the reason when fewer than MIN_RATERS others rated it. */
export function anonymisedScore(score: OrganisationScore): OrganisationScore {
  if (score.raters >= MIN_RATERS) return { ...score, hiddenReason: null };
  return { ...score, trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD };
}

/**
 * Results as every reader gets them: the threshold applied again to whatever was stored, so no
 * path (GraphQL, CSV, the map) can return a per-organisation score from fewer than MIN_RATERS.
 */
export function anonymisedResults(results: SurveyResults): SurveyResults {
  return { ...results, organisations: results.organisations.map(anonymisedScore) };
}
