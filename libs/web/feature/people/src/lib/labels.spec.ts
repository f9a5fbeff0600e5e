import { LawfulBasis } from '@cg/web/data-access';
import { LAWFUL_BASIS_LABELS, LAWFUL_BASIS_OPTIONS } from '@cg/shared/domain';
import { lawfulBasisInWords, voiceInWords } from './labels';

describe('people labels', () => {
  it('names every lawful basis in plain words, and offers each once', () => {
    for (const basis of Object.values(LawfulBasis)) expect(LAWFUL_BASIS_LABELS[basis].meaning).toBeTruthy();
    expect([...LAWFUL_BASIS_OPTIONS].sort()).toEqual(Object.values(LawfulBasis).sort());
  });

  it('says a lawful basis with what it means', () => {
    expect(lawfulBasisInWords(LawfulBasis.CONSENT)).toBe('Consent: they agreed to us holding their details');
    expect(lawfulBasisInWords(LawfulBasis.LEGITIMATE_INTERESTS)).toMatch(/^Legitimate interests: /);
    expect(lawfulBasisInWords(null)).toBe('Not recorded');
  });

  it('says what voice a person brings', () => {
    expect(voiceInWords({ livedExperience: true, communityRepresentative: true })).toBe(
      'Brings lived experience · Represents the community',
    );
    expect(voiceInWords({ livedExperience: false, communityRepresentative: true })).toBe('Represents the community');
    expect(voiceInWords({ livedExperience: false, communityRepresentative: false })).toBe('');
  });
});
