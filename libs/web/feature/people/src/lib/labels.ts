import { LawfulBasis } from '@cg/web/data-access';

/** UK GDPR Article 6 lawful bases, named as people say them, with what each means here. */
export const LAWFUL_BASIS_LABELS: Readonly<Record<LawfulBasis, { readonly name: string; readonly meaning: string }>> = {
  [LawfulBasis.CONSENT]: { name: 'Consent', meaning: 'they agreed to us holding their details' },
  [LawfulBasis.CONTRACT]: { name: 'Contract', meaning: 'we need their details for a contract with them' },
  [LawfulBasis.LEGAL_OBLIGATION]: { name: 'Legal obligation', meaning: 'the law requires us to keep their details' },
  [LawfulBasis.VITAL_INTERESTS]: {
    name: 'Vital interests',
    meaning: 'we need their details to protect someone’s life',
  },
  [LawfulBasis.PUBLIC_TASK]: {
    name: 'Public task',
    meaning: 'we need their details for a task in the public interest',
  },
  [LawfulBasis.LEGITIMATE_INTERESTS]: {
    name: 'Legitimate interests',
    meaning: 'we need their details for our work, and that does not outweigh their rights',
  },
};

/** The bases in the order people reach for them: consent first. */
export const LAWFUL_BASIS_OPTIONS: readonly LawfulBasis[] = [
  LawfulBasis.CONSENT,
  LawfulBasis.LEGITIMATE_INTERESTS,
  LawfulBasis.CONTRACT,
  LawfulBasis.PUBLIC_TASK,
  LawfulBasis.LEGAL_OBLIGATION,
  LawfulBasis.VITAL_INTERESTS,
];

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
