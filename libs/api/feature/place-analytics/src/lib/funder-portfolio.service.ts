import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembershipSql, OrganisationEntity } from '@cg/api/core/database';
import { ConnectionArgsInput, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { notFound, PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { COUNTED_FUNDING, fundingSharesSql } from './analytics-sql';
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
const MINE = `${COUNTED_FUNDING} AND f.funder_organisation_id = :funderId`;

/** A membership row `m` that holds today. */
const CURRENT_MEMBERSHIP = currentMembershipSql('m');

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

/** SELECT list summing funding `f` per funder, for FunderShare rows. */
export const FUNDER_SHARE_SELECT = `f.funder_organisation_id AS funder_id, sum(f.amount)::float8 AS total,
  count(*)::int AS grants, count(DISTINCT ${RECIPIENT})::int AS recipients`;

@Injectable()
export class FunderPortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Headline totals; NOT_FOUND when the funder is not an organisation the reader may see. */
  async portfolio(funderId: string): Promise<FunderPortfolio> {
    const funder = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: funderId });
    if (!funder) throw notFound('organisation', funderId);
    const [row] = await queryNamed<{ total: number; grants: number; recipients: number }>(
      this.dataSource,
      `SELECT coalesce(sum(f.amount), 0)::float8 AS total, count(*)::int AS grants, count(DISTINCT ${RECIPIENT})::int AS recipients
       FROM funding f WHERE ${MINE}`,
      { funderId },
    );
    return { funderId, fundingTotal: Number(row.total), grantCount: row.grants, recipientCount: row.recipients };
  }

  /** Each year with money in it, by award year and by the year it is due. */
  async byYear(funderId: string): Promise<PortfolioYear[]> {
    const rows = await queryNamed<{ year: number; awarded: number; scheduled: number }>(
      this.dataSource,
      `WITH counted AS (
         SELECT f.id, f.amount::float8 AS amount,
                extract(year FROM coalesce(f.award_date, f.period_start, f.created_at::date))::int AS award_year
         FROM funding f WHERE ${MINE}
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
      { funderId },
    );
    return rows.map((row) => ({ year: row.year, awarded: Number(row.awarded), scheduled: Number(row.scheduled) }));
  }

  /** Unpaid instalments of counted grants due after today, in total and by year. */
  async commitmentsAhead(funderId: string): Promise<CommitmentsAhead> {
    const rows = await queryNamed<{ year: number | null; amount: number; instalments: number; grants: number }>(
      this.dataSource,
      `SELECT extract(year FROM i.due_date)::int AS year, sum(i.amount)::float8 AS amount,
              count(*)::int AS instalments, count(DISTINCT f.id)::int AS grants
       FROM funding f JOIN funding_instalment i ON i.funding_id = f.id
       WHERE ${MINE} AND i.due_date > current_date AND NOT i.paid
       GROUP BY GROUPING SETS ((extract(year FROM i.due_date)), ())
       ORDER BY year NULLS FIRST`,
      { funderId },
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
  async byPlace(funderId: string): Promise<PortfolioPlace[]> {
    const rows = await queryNamed<{ place_id: string; total: number; grants: number }>(
      this.dataSource,
      `${fundingSharesSql(true)}
       SELECT s.place_id, sum(s.amount)::float8 AS total, count(DISTINCT s.funding_id)::int AS grants
       FROM share s WHERE s.amount IS NOT NULL GROUP BY s.place_id ORDER BY total DESC, s.place_id`,
      { funderId, level: PlaceLevel.LOCAL_AUTHORITY },
    );
    return rows.map((row) => ({ placeId: row.place_id, fundingTotal: Number(row.total), grantCount: row.grants }));
  }

  /** Other funders' counted grants to the same organisations, partnerships and projects, largest first. */
  async coFunders(funderId: string): Promise<FunderShare[]> {
    const rows = await queryNamed<FunderShareRow>(
      this.dataSource,
      `WITH mine AS (SELECT DISTINCT ${RECIPIENT} AS recipient FROM funding f WHERE ${MINE})
       SELECT ${FUNDER_SHARE_SELECT} FROM funding f
       WHERE ${COUNTED_FUNDING} AND f.funder_organisation_id <> :funderId AND ${RECIPIENT} IN (SELECT recipient FROM mine)
       GROUP BY f.funder_organisation_id ORDER BY total DESC, funder_id`,
      { funderId },
    );
    return rows.map(toFunderShare);
  }

  /**
   * Partnerships a grantee of the funder belongs to today, or that the funder funds directly
   * or through one of their projects; by name.
   */
  granteePartnerships(funderId: string, args: ConnectionArgsInput): Promise<ConnectionOf<GranteePartnership>> {
    const direct = `(f.recipient_partnership_id = p.id
      OR f.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = p.id AND pr.archived_at IS NULL))`;
    const inner = `SELECT p.id, lower(p.name) AS sort_name,
        (SELECT coalesce(sum(f.amount), 0)::float8 FROM funding f WHERE ${MINE} AND ${direct}) AS funded_directly
      FROM partnership p
      WHERE p.archived_at IS NULL AND (
        EXISTS (SELECT 1 FROM partnership_membership m JOIN funding f ON f.recipient_organisation_id = m.organisation_id
                WHERE m.partnership_id = p.id AND ${CURRENT_MEMBERSHIP} AND ${MINE})
        OR EXISTS (SELECT 1 FROM funding f WHERE ${MINE} AND ${direct}))`;
    const qb = this.dataSource.createQueryBuilder().select('g.*').from(`(${inner})`, 'g').setParameters({ funderId });
    return paginate(qb, {
      args,
      rows: 'raw',
      sort: [{ sql: 'g.sort_name', direction: SortDirection.ASC }],
      idColumn: 'g.id',
      map: (_row, raw) => ({
        partnershipId: raw['id'] as string,
        funderId,
        fundedDirectly: Number(raw['funded_directly']),
      }),
    });
  }
}

export { CURRENT_MEMBERSHIP, MINE, RECIPIENT };
