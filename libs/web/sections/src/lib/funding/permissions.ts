import { FundingRow, SessionUser, administeredOrganisationIdSet, administeredOrganisationIds } from '@cg/web/data-access';

/**
 * Why this person may not record funding, in one line; null when they may. Funding belongs to
 * the organisation that records it (or the funder), so it takes an organisation's administrator.
 */
export function whyCannotRecordFunding(user: SessionUser | null | undefined): string | null {
  if (!user) return 'Sign in to record funding.';
  if (user.isInstanceAdmin || administeredOrganisationIds(user).length > 0) return null;
  return 'Only an organisation’s administrators can record or change funding.';
}

/** Admins of the organisation that owns the record, or of the funder, may change it. */
export function canEditFunding(user: SessionUser | null | undefined, row: Pick<FundingRow, 'ownerOrganisationId' | 'funderOrganisationId'>): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const admin = administeredOrganisationIdSet(user);
  return (!!row.ownerOrganisationId && admin.has(row.ownerOrganisationId)) || admin.has(row.funderOrganisationId);
}
