import { defineLoader } from '@cg/api/core/graphql';
import { countedFundingSql, CURRENT_MEMBERSHIP, grantsToWorkSql, periodParams } from './analytics-sql';
import { FundingPeriod, periodKey } from './dto/funding-period.input';
import { FunderShareRow, toFunderShare } from './funder-portfolio.service';
import { queryNamed } from './named-sql';
import { FunderShare, PlaceAnalytics } from './place-analytics.type';
import { PlaceAnalyticsService } from './place-analytics.service';

export interface PlacePeriodKey {
  placeId: string;
  period: FundingPeriod;
}

const placeKeyOf = (key: PlacePeriodKey) => `${key.placeId}|${periodKey(key.period)}`;

/** Groups keys by their period, so each distinct period costs one statement. */
function byPeriod<K extends { period: FundingPeriod }>(keys: readonly K[]): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) groups.set(periodKey(key.period), [...(groups.get(periodKey(key.period)) ?? []), key]);
  return groups;
}

/** Figures of many places in one statement per period asked for, for `Place.analytics`. */
export const analyticsByPlace = defineLoader<PlacePeriodKey, PlaceAnalytics | null, string>(
  'analyticsByPlace',
  (db) => async (keys) => {
    const found = new Map<string, PlaceAnalytics | null>();
    for (const group of byPeriod(keys).values()) {
      const ids = group.map((key) => key.placeId);
      const figures = await PlaceAnalyticsService.analyticsOf(db, ids, group[0].period);
      group.forEach((key, i) => found.set(placeKeyOf(key), figures[i]));
    }
    return keys.map((key) => found.get(placeKeyOf(key)) ?? null);
  },
  { cacheKeyFn: (key) => placeKeyOf(key) },
);

export interface PortfolioPartnershipKey {
  partnershipId: string;
  funderId: string;
  period: FundingPeriod;
}
const keyOf = (key: PortfolioPartnershipKey) => `${key.partnershipId}|${key.funderId}|${periodKey(key.period)}`;

/** The funder's grantees among each partnership's current members. */
export const granteesInPartnership = defineLoader<PortfolioPartnershipKey, string[], string>(
  'granteesInPartnership',
  (db) => async (keys) => {
    const groups = new Map<string, string[]>();
    for (const group of byPeriod(keys).values()) {
      const period = group[0].period;
      const rows = await queryNamed<{ partnership_id: string; funder_id: string; organisation_id: string }>(
        db,
        `SELECT DISTINCT k.partnership_id, k.funder_id, m.organisation_id
         FROM unnest(:partnerships::uuid[], :funders::uuid[]) AS k(partnership_id, funder_id)
         JOIN partnership_membership m ON m.partnership_id = k.partnership_id AND ${CURRENT_MEMBERSHIP}
         JOIN funding f ON f.recipient_organisation_id = m.organisation_id AND f.funder_organisation_id = k.funder_id
           AND ${countedFundingSql(period)}
         ORDER BY m.organisation_id`,
        {
          partnerships: group.map((k) => k.partnershipId),
          funders: group.map((k) => k.funderId),
          ...periodParams(period),
        },
      );
      for (const row of rows) {
        const key = keyOf({ partnershipId: row.partnership_id, funderId: row.funder_id, period });
        groups.set(key, [...(groups.get(key) ?? []), row.organisation_id]);
      }
    }
    return keys.map((key) => groups.get(keyOf(key)) ?? []);
  },
  { cacheKeyFn: keyOf },
);

/**
 * Co-funders of each partnership (CO_FUNDING_WORDS): counted grants from anyone but the funder
 * to the partnership as a piece of work (itself, its projects or its current members); largest first.
 */
export const coFundersOfPartnership = defineLoader<PortfolioPartnershipKey, FunderShare[], string>(
  'coFundersOfPartnership',
  (db) => async (keys) => {
    const groups = new Map<string, FunderShare[]>();
    for (const group of byPeriod(keys).values()) {
      const period = group[0].period;
      const rows = await queryNamed<FunderShareRow & { partnership_id: string; key_funder: string }>(
        db,
        `WITH k AS (SELECT * FROM unnest(:partnerships::uuid[], :funders::uuid[]) AS k(partnership_id, funder_id)),
         g AS (${grantsToWorkSql('SELECT DISTINCT partnership_id AS work FROM k', period)})
         SELECT k.partnership_id, k.funder_id AS key_funder, g.funder_organisation_id AS funder_id,
                sum(g.amount)::float8 AS total, count(*)::int AS grants, count(DISTINCT g.recipient)::int AS recipients
         FROM k JOIN g ON g.work = k.partnership_id AND g.funder_organisation_id <> k.funder_id
         GROUP BY k.partnership_id, k.funder_id, g.funder_organisation_id
         ORDER BY total DESC, funder_id`,
        {
          partnerships: group.map((k) => k.partnershipId),
          funders: group.map((k) => k.funderId),
          ...periodParams(period),
        },
      );
      for (const row of rows) {
        const key = keyOf({ partnershipId: row.partnership_id, funderId: row.key_funder, period });
        groups.set(key, [...(groups.get(key) ?? []), toFunderShare(row)]);
      }
    }
    return keys.map((key) => groups.get(keyOf(key)) ?? []);
  },
  { cacheKeyFn: keyOf },
);
