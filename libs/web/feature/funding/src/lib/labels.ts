import { FundingStatus, FundingType, Visibility } from '@cg/web/data-access';

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

export const FUNDING_STATUS_HINTS: Readonly<Record<FundingStatus, string>> = {
  [FundingStatus.PLEDGED]: 'Promised, not yet formally awarded.',
  [FundingStatus.AWARDED]: 'Formally awarded; not all of it paid yet.',
  [FundingStatus.PAID]: 'Paid in full.',
};

/** Who may see a record, in words; the same three choices on every form. */
export const VISIBILITY_CHOICES: ReadonlyArray<readonly [Visibility, string, string]> = [
  [Visibility.PUBLIC, 'Everyone', 'Everyone signed in to Common Ground can see it.'],
  [Visibility.PARTNERS, 'Partners', 'Only members of partnerships your organisation belongs to can see it.'],
  [Visibility.PRIVATE, 'Only my organisation', 'Only people in the organisation that owns the record can see it.'],
];
