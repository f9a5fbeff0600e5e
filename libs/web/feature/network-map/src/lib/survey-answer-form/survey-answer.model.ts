import { PARTNER_DIMENSIONS, PartnerContribution, PartnerDimension } from '@cg/shared/domain';

/** One partner's draft: skipped (we do not work with them), or six scores and what they bring. */
export interface PartnerDraft {
  readonly skipped: boolean;
  readonly scores: Partial<Record<PartnerDimension, number>>;
  readonly contributions: readonly PartnerContribution[];
}

export const EMPTY_DRAFT: PartnerDraft = { skipped: false, scores: {}, contributions: [] };

/** Whether a draft can be sent: skipped, or every dimension scored. */
export function draftComplete(draft: PartnerDraft): boolean {
  return draft.skipped || PARTNER_DIMENSIONS.every((d) => typeof draft.scores[d] === 'number');
}

/** The ratings to send: the partners not skipped, with their six scores. */
export function ratingsToSend(drafts: ReadonlyMap<string, PartnerDraft>) {
  return [...drafts.entries()]
    .filter(([, draft]) => !draft.skipped)
    .map(([ratedOrganisationId, draft]) => ({
      ratedOrganisationId,
      reliability: draft.scores.reliability as number,
      missionSupport: draft.scores.missionSupport as number,
      openness: draft.scores.openness as number,
      influence: draft.scores.influence as number,
      involvement: draft.scores.involvement as number,
      resources: draft.scores.resources as number,
      contributions: [...draft.contributions],
    }));
}
