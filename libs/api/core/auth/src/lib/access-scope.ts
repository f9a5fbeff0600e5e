import { Visibility } from '@cg/shared/domain';

/**
 * What one request may read, decided once per request from the signed-in user:
 * records owned by their organisations, PARTNERS records of organisations they share
 * a live partnership with, and everything owned by organisations their organisation
 * funds (a funder sees its portfolio in full).
 */
export interface AccessScope {
  signedIn: boolean;
  isInstanceAdmin: boolean;
  ownOrganisationIds: string[];
  partnerOrganisationIds: string[];
  portfolioOrganisationIds: string[];
}

export const SIGNED_OUT: AccessScope = {
  signedIn: false,
  isInstanceAdmin: false,
  ownOrganisationIds: [],
  partnerOrganisationIds: [],
  portfolioOrganisationIds: [],
};

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * One SQL condition deciding, for every row at once, whether the scope may read a
 * record with `visibility` and `owner_organisation_id` columns under `alias`.
 * Set-based, so permission checks never add a query per record.
 */
export function visibleCondition(scope: AccessScope, alias: string, prefix = 'scope'): SqlCondition {
  if (scope.isInstanceAdmin) return { sql: 'TRUE', params: {} };
  if (!scope.signedIn) return { sql: 'FALSE', params: {} };
  const p = (name: string) => `${prefix}_${name}`;
  return {
    sql: `(${alias}.visibility = '${Visibility.PUBLIC}'
      OR ${alias}.owner_organisation_id = ANY(:${p('own')}::uuid[])
      OR ${alias}.owner_organisation_id = ANY(:${p('portfolio')}::uuid[])
      OR (${alias}.visibility = '${Visibility.PARTNERS}' AND ${alias}.owner_organisation_id = ANY(:${p('partners')}::uuid[])))`,
    params: {
      [p('own')]: scope.ownOrganisationIds,
      [p('portfolio')]: scope.portfolioOrganisationIds,
      [p('partners')]: scope.partnerOrganisationIds,
    },
  };
}

/** The same rule for one record already in memory (detail pages, mutations). */
export function canRead(scope: AccessScope, record: { visibility: Visibility; ownerOrganisationId: string | null }): boolean {
  if (scope.isInstanceAdmin) return true;
  if (!scope.signedIn) return false;
  const owner = record.ownerOrganisationId;
  if (record.visibility === Visibility.PUBLIC) return true;
  if (owner && (scope.ownOrganisationIds.includes(owner) || scope.portfolioOrganisationIds.includes(owner))) return true;
  return record.visibility === Visibility.PARTNERS && owner !== null && scope.partnerOrganisationIds.includes(owner);
}
