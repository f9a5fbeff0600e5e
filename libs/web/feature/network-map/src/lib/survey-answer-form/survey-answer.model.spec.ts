import { PartnerContribution } from '@cg/shared/domain';
import { draftComplete, EMPTY_DRAFT, ratingsToSend } from './survey-answer.model';

const full = { reliability: 4, missionSupport: 3, openness: 2, influence: 1, involvement: 2, resources: 3 };

describe('survey answer drafts', () => {
  it('needs all six scores unless the partner is skipped', () => {
    expect(draftComplete(EMPTY_DRAFT)).toBe(false);
    expect(draftComplete({ ...EMPTY_DRAFT, scores: { reliability: 4 } })).toBe(false);
    expect(draftComplete({ ...EMPTY_DRAFT, scores: full })).toBe(true);
    expect(draftComplete({ ...EMPTY_DRAFT, skipped: true })).toBe(true);
  });

  it('sends only the partners rated', () => {
    const drafts = new Map([
      ['a', { skipped: false, scores: full, contributions: [PartnerContribution.DATA] }],
      ['b', { ...EMPTY_DRAFT, skipped: true }],
    ]);
    expect(ratingsToSend(drafts)).toEqual([{ ratedOrganisationId: 'a', ...full, contributions: [PartnerContribution.DATA] }]);
  });
});
