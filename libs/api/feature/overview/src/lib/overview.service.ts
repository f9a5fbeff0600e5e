import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessScope, currentAccessScope, ownerRuleSql } from '@cg/api/core/database';
import { Sector } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { Overview } from './overview.type';

/**
 * The live counts and funding sums the user may read, from `record_tally` (migration
 * PlaceCandidatesAndTallies): its row policy is the records' rule, so summing the rows a request
 * may read counts the records it may read, without judging 200,000 organisations one by one.
 */
const talliesSql = (where: string) => `SELECT source, category, sum(records)::int AS records, sum(amount)::float8 AS amount
  FROM record_tally WHERE ${where} GROUP BY source, category`;

/**
 * The tally rows a reader could pass: PUBLIC ones (no owner) and those of an organisation in its
 * scope, found by index (a national instance has tens of thousands of owners of private records).
 * Only a narrowing: the row policy still decides. Everything for an instance admin or the system.
 */
function tallyRowsOf(scope: AccessScope | undefined): { where: string; params: unknown[] } {
  if (!scope || scope.isInstanceAdmin) return { where: 'true', params: [] };
  const owners = [...scope.ownOrganisationIds, ...scope.partnerOrganisationIds, ...scope.portfolioOrganisationIds];
  return { where: 'owner_id IS NULL OR owner_id = ANY($1::uuid[])', params: [owners] };
}

/**
 * Grants readable only as a side of the grant (funder, recipient, or a member of the recipient
 * partnership or project), which the tally's owner rule does not count: candidates by id, judged
 * by funding's own policy, less those the owner rule already counted.
 */
const FUNDING_AS_A_SIDE = `SELECT coalesce(sum(f.amount), 0)::float8 AS amount FROM funding f
  WHERE f.id IN (SELECT cg_grants_touching(nullif(current_setting('cg.readable', true), '')::uuid[]))
    AND f.archived_at IS NULL AND f.status IN ('AWARDED', 'PAID')
    AND NOT coalesce(${ownerRuleSql('f.owner_organisation_id', 'f.visibility')}, false)`;

const LIVE_PARTNERSHIP = ['FORMING', 'ACTIVE'];
const LIVE_PROJECT = ['PLANNED', 'ACTIVE'];
const COUNTED_FUNDING = ['AWARDED', 'PAID'];

@Injectable()
export class OverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(): Promise<Overview> {
    // One round trip for every figure; each part is a small table or an indexed read.
    const readable = tallyRowsOf(currentAccessScope());
    const [{ tallies, side, activities }] = await this.dataSource.query(
      `SELECT
      (SELECT coalesce(json_agg(t), '[]') FROM (${talliesSql(readable.where)}) t) AS tallies,
      (${FUNDING_AS_A_SIDE}) AS side,
      (SELECT count(*) FROM activity WHERE archived_at IS NULL AND date > current_date - 30 AND date <= current_date)::int AS activities`,
      readable.params,
    );
    const rows = tallies as { source: string; category: string; records: number; amount: number }[];
    const sum = (source: string, categories: string[] | null, of: 'records' | 'amount') =>
      rows
        .filter((row) => row.source === source && (categories === null || categories.includes(row.category)))
        .reduce((total, row) => total + Number(row[of]), 0);
    const organisationsBySector = rows
      .filter((row) => row.source === 'organisation' && row.records > 0)
      .map((row) => ({ sector: row.category as Sector, count: Number(row.records) }))
      .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
    return {
      organisationCount: sum('organisation', null, 'records'),
      organisationsBySector,
      livePartnershipCount: sum('partnership', LIVE_PARTNERSHIP, 'records'),
      liveProjectCount: sum('project', LIVE_PROJECT, 'records'),
      recentActivityCount: activities,
      fundingTotal: sum('funding', COUNTED_FUNDING, 'amount') + Number(side),
    };
  }
}
