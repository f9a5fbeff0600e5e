import { defineLoader } from '@cg/api/core/graphql';
import { COUNTED_FUNDING } from './analytics-sql';
import { CURRENT_MEMBERSHIP, FUNDER_SHARE_SELECT, FunderShareRow, toFunderShare } from './funder-portfolio.service';
import { queryNamed } from './named-sql';
import { FunderShare, PlaceAnalytics } from './place-analytics.type';
import { PlaceAnalyticsService } from './place-analytics.service';

/** Figures of many places in one statement, for `Place.analytics`. */
export const analyticsByPlace = defineLoader<string, PlaceAnalytics | null>(
  'analyticsByPlace',
  (db) => (ids) => PlaceAnalyticsService.analyticsOf(db, ids),
);

export interface PortfolioPartnershipKey {
  partnershipId: string;
  funderId: string;
}
const keyOf = (key: PortfolioPartnershipKey) => `${key.partnershipId}|${key.funderId}`;

/** The funder's grantees among each partnership's current members. */
export const granteesInPartnership = defineLoader<PortfolioPartnershipKey, string[], string>(
  'granteesInPartnership',
  (db) => async (keys) => {
    const rows = await queryNamed<{ partnership_id: string; funder_id: string; organisation_id: string }>(
      db,
      `SELECT DISTINCT k.partnership_id, k.funder_id, m.organisation_id
       FROM unnest(:partnerships::uuid[], :funders::uuid[]) AS k(partnership_id, funder_id)
       JOIN partnership_membership m ON m.partnership_id = k.partnership_id AND ${CURRENT_MEMBERSHIP}
       JOIN funding f ON f.recipient_organisation_id = m.organisation_id AND f.funder_organisation_id = k.funder_id AND ${COUNTED_FUNDING}
       ORDER BY m.organisation_id`,
      { partnerships: keys.map((k) => k.partnershipId), funders: keys.map((k) => k.funderId) },
    );
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const key = `${row.partnership_id}|${row.funder_id}`;
      groups.set(key, [...(groups.get(key) ?? []), row.organisation_id]);
    }
    return keys.map((key) => groups.get(keyOf(key)) ?? []);
  },
  { cacheKeyFn: keyOf },
);

/**
 * Other funders of each partnership: counted grants from anyone but the funder to the
 * partnership, its projects or its current members; largest first.
 */
export const coFundersOfPartnership = defineLoader<PortfolioPartnershipKey, FunderShare[], string>(
  'coFundersOfPartnership',
  (db) => async (keys) => {
    const rows = await queryNamed<FunderShareRow & { partnership_id: string; key_funder: string }>(
      db,
      `SELECT k.partnership_id, k.funder_id AS key_funder, ${FUNDER_SHARE_SELECT}
       FROM unnest(:partnerships::uuid[], :funders::uuid[]) AS k(partnership_id, funder_id)
       JOIN funding f ON ${COUNTED_FUNDING} AND f.funder_organisation_id <> k.funder_id AND (
         f.recipient_partnership_id = k.partnership_id
         OR f.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = k.partnership_id AND pr.archived_at IS NULL)
         OR f.recipient_organisation_id IN (SELECT m.organisation_id FROM partnership_membership m
                                            WHERE m.partnership_id = k.partnership_id AND ${CURRENT_MEMBERSHIP}))
       GROUP BY k.partnership_id, k.funder_id, f.funder_organisation_id
       ORDER BY total DESC, funder_id`,
      { partnerships: keys.map((k) => k.partnershipId), funders: keys.map((k) => k.funderId) },
    );
    const groups = new Map<string, FunderShare[]>();
    for (const row of rows) {
      const key = `${row.partnership_id}|${row.key_funder}`;
      groups.set(key, [...(groups.get(key) ?? []), toFunderShare(row)]);
    }
    return keys.map((key) => groups.get(keyOf(key)) ?? []);
  },
  { cacheKeyFn: keyOf },
);
