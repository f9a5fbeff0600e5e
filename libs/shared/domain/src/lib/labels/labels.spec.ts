import { Sector } from '../organisation-type';
import { OutcomeDefiner, PartnerRole } from '../records';
import { Visibility } from '../visibility';
import { OUTCOME_DEFINER_LABELS } from './outcome-labels';
import { PARTNER_ROLE_OPTIONS, inSentence, sectorInWords } from './record-labels';
import { VISIBILITY_CHOICES, VISIBILITY_IN_WORDS } from './visibility-labels';

describe('labels', () => {
  it('says "sector" once in running text, so "Private" never reads as a private record', () => {
    expect(sectorInWords(Sector.PRIVATE)).toBe('Private sector');
    expect(sectorInWords(Sector.PUBLIC)).toBe('Public sector');
    expect(sectorInWords(Sector.VOLUNTARY_AND_COMMUNITY)).toBe('Voluntary and community sector');
  });

  it('offers roles leadership first', () => {
    expect(PARTNER_ROLE_OPTIONS[0]).toEqual([PartnerRole.LEAD, 'Lead']);
  });

  it('lower-cases labels for a sentence', () => {
    expect(inSentence(OUTCOME_DEFINER_LABELS)[OutcomeDefiner.COMMUNITY]).toBe('the community');
  });

  it('gives the same three visibility choices, most open first, and a sentence for each', () => {
    expect(VISIBILITY_CHOICES.map(([v, label]) => [v, label])).toEqual([
      [Visibility.PUBLIC, 'Public'],
      [Visibility.PARTNERS, 'Partners'],
      [Visibility.PRIVATE, 'Private'],
    ]);
    expect(VISIBILITY_IN_WORDS[Visibility.PRIVATE]).toBe('Private: only people in the organisation that owns the record can see it.');
  });
});
