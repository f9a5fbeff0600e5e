import { LAWFUL_BASIS_LABELS, LawfulBasis } from '@cg/shared/domain';

/** "Consent: they agreed to us holding their details", or a plain "Not recorded". */
export function lawfulBasisInWords(basis: LawfulBasis | null | undefined): string {
  if (!basis) return 'Not recorded';
  const label = LAWFUL_BASIS_LABELS[basis];
  return label ? `${label.name}: ${label.meaning}` : basis;
}

/** "Brings lived experience · Represents the community", or '' when neither. */
export function voiceInWords(person: {
  readonly livedExperience: boolean;
  readonly communityRepresentative: boolean;
}): string {
  return [
    person.livedExperience && 'Brings lived experience',
    person.communityRepresentative && 'Represents the community',
  ]
    .filter(Boolean)
    .join(' · ');
}
