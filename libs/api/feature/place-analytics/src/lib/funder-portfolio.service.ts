import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity } from '@cg/api/core/database';
import { ConnectionArgsInput, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { notFound, PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  AWARD_DAY,
  countedFundingSql,
  fundedWorkSql,
  fundingSharesSql,
  grantsToWorkSql,
  periodParams,
} from './analytics-sql';
import { FundingPeriod, WHOLE_TIME } from './dto/funding-period.input';
import {
  CommitmentsAhead,
  FunderPortfolio,
  GranteePartnership,
  PortfolioPlace,
  PortfolioYear,
} from './funder-portfolio.type';
import { queryNamed } from './named-sql';
import { FunderShare } from './place-analytics.type';

/** The one recipient of funding `f`, whichever kind it is. */
const RECIPIENT = 'coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id)';
/** The funder's counted grants (in the period), for the row aliased `f`; parameters `funderId` and the period's. */
const mine = (period: FundingPeriod) => `${countedFundingSql(period)} AND f.funder_organisation_id = :funderId`;
const params = (funderId: string, period: FundingPeriod) => ({ funderId, ...periodParams(period) });

export interface FunderShareRow {
  funder_id: string;
  total: number;
  grants: number;
  recipients: number;
}

export const toFunderShare = (row: FunderShareRow): FunderShare => ({
  funderId: row.funder_id,
  fundingTotal: Number(row.total),
  grantCount: row.grants,
  recipientCount: row.recipients,
});

@Injectable()
export class FunderPortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Headline totals; NOT_FOUND when the funder is not an organisation the reader may see. */
  async portfolio(funderId: string, period: FundingPeriod = WHOLE_TIME): Promise<FunderPortfolio> {
    const funder = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: funderId });
    if (!funder) throw notFound('organisation', funderId);
    const [row] = await queryNamed<{ total: number; grants: number; recipients: number }>(
      this.dataSource,
      `SELECT coalesce(sum(f.amount), 0)::float8 AS total, count(*)::int AS grants, count(DISTINCT ${RECIPIENT})::int AS recipients
       FROM funding f WHERE ${mine(period)}`,
      params(funderId, period),
    );
    return {
      funderId,
      period,
      periodFrom: period.from,
      periodTo: period.to,
      fundingTotal: Number(row.total),
      grantCount: row.grants,
      recipientCount: row.recipients,
    };
  }

  /** Each year with money in it, by award year and by the year it is due. */
  async byYear(funderId: string, period: FundingPeriod): Promise<PortfolioYear[]> {
    const rows = await queryNamed<{ year: number; awarded: number; scheduled: number }>(
      this.dataSource,
      `WITH counted AS (
         SELECT f.id, f.amount::float8 AS amount,
                extract(year FROM ${AWARD_DAY})::int AS award_year
         FROM funding f WHERE ${mine(period)}
       ),
       money AS (
         SELECT award_year AS year, amount AS awarded, 0::float8 AS scheduled FROM counted
         UNION ALL
         SELECT extract(year FROM i.due_date)::int, 0, i.amount::float8 FROM counted c JOIN funding_instalment i ON i.funding_id = c.id
         UNION ALL
         SELECT c.award_year, 0, c.amount FROM counted c
           WHERE NOT EXISTS (SELECT 1 FROM funding_instalment i WHERE i.funding_id = c.id)
       )
       SELECT year, sum(awarded)::float8 AS awarded, sum(scheduled)::float8 AS scheduled FROM money GROUP BY year ORDER BY year`,
      params(funderId, period),
    );
    return rows.map((row) => ({ year: row.year, awarded: Number(row.awarded), scheduled: Number(row.scheduled) }));
  }

  /** Unpaid instalments of counted grants (awarded in the period) due after today, in total and by year. */
  async commitmentsAhead(funderId: string, period: FundingPeriod): Promise<CommitmentsAhead> {
    const rows = await queryNamed<{ year: number | null; amount: number; instalments: number; grants: number }>(
      this.dataSource,
      `SELECT extract(year FROM i.due_date)::int AS year, sum(i.amount)::float8 AS amount,
              count(*)::int AS instalments, count(DISTINCT f.id)::int AS grants
       FROM funding f JOIN funding_instalment i ON i.funding_id = f.id
       WHERE ${mine(period)} AND i.due_date > current_date AND NOT i.paid
       GROUP BY GROUPING SETS ((extract(year FROM i.due_date)), ())
       ORDER BY year NULLS FIRST`,
      params(funderId, period),
    );
    const total = rows.find((row) => row.year === null);
    return {
      total: Number(total?.amount ?? 0),
      instalmentCount: total?.instalments ?? 0,
      grantCount: total?.grants ?? 0,
      byYear: rows
        .filter((row) => row.year !== null)
        .map((row) => ({ year: Number(row.year), amount: Number(row.amount) })),
    };
  }

  /** The funder's shares by local authority, largest first. */
  async byPlace(funderId: string, period: FundingPeriod): Promise<PortfolioPlace[]> {
    const rows = await queryNamed<{ place_id: string; total: number; grants: number }>(
      this.dataSource,
      `${fundingSharesSql(true, period)}
       SELECT s.place_id, sum(s.amount)::float8 AS total, count(DISTINCT s.funding_id)::int AS grants
       FROM share s WHERE s.amount IS NOT NULL GROUP BY s.place_id ORDER BY total DESC, s.place_id`,
      { ...params(funderId, period), level: PlaceLevel.LOCAL_AUTHORITY },
    );
    return rows.map((row) => ({ placeId: row.place_id, fundingTotal: Number(row.total), grantCount: row.grants }));
  }

  /**
   * Other funders co-funding any piece of work the funder funds (CO_FUNDING_WORDS): the pieces
   * of work of its grants, then every other funder's grant to one of them, each grant once.
   */
  async coFunders(funderId: string, period: FundingPeriod): Promise<FunderShare[]> {
    const rows = await queryNamed<FunderShareRow>(
      this.dataSource,
      `WITH my_work AS MATERIALIZED (
         SELECT DISTINCT w.work FROM (${fundedWorkSql(period, 'f.funder_organisation_id = :funderId')}) w),
       shared AS (
         SELECT DISTINCT g.id, g.funder_organisation_id, g.amount, g.recipient
           FROM (${grantsToWorkSql('SELECT work FROM my_work', period)}) g
          WHERE g.funder_organisation_id <> :funderId)
       SELECT f.funder_organisation_id AS funder_id, sum(f.amount)::float8 AS total, count(*)::int AS grants,
              count(DISTINCT f.recipient)::int AS recipients
         FROM shared f GROUP BY f.funder_organisation_id ORDER BY total DESC, funder_id`,
      params(funderId, period),
    );
    return rows.map(toFunderShare);
  }

  /**
   * Partnerships a grantee of the funder belongs to today, or that the funder funds directly
   * or through one of their projects; by name.
   */
  granteePartnerships(
    funderId: string,
    period: FundingPeriod,
    args: ConnectionArgsInput,
  ): Promise<ConnectionOf<GranteePartnership>> {
    const direct = `(f.recipient_partnership_id = p.id
      OR f.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = p.id AND pr.archived_at IS NULL))`;
    // The partnerships among the pieces of work the funder's grants fund: the same rule as co-funding.
    const inner = `SELECT p.id, lower(p.name) AS sort_name,
        (SELECT coalesce(sum(f.amount), 0)::float8 FROM funding f WHERE ${mine(period)} AND ${direct}) AS funded_directly
      FROM partnership p
      WHERE p.archived_at IS NULL
        AND p.id IN (SELECT w.work FROM (${fundedWorkSql(period, 'f.funder_organisation_id = :funderId')}) w)`;
    const qb = this.dataSource
      .createQueryBuilder()
      .select('g.*')
      .from(`(${inner})`, 'g')
      .setParameters(params(funderId, period));
    return paginate(qb, {
      args,
      rows: 'raw',
      sort: [{ sql: 'g.sort_name', direction: SortDirection.ASC }],
      idColumn: 'g.id',
      map: (_row, raw) => ({
        partnershipId: raw['id'] as string,
        funderId,
        period,
        fundedDirectly: Number(raw['funded_directly']),
      }),
    });
  }
}

export { RECIPIENT };
