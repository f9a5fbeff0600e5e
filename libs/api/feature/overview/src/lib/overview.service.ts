import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Sector } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { Overview } from './overview.type';

@Injectable()
export class OverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(): Promise<Overview> {
    const rows: { sector: Sector; count: string }[] = await this.dataSource.query(
      `SELECT sector, count(*) AS count FROM organisation
       WHERE archived_at IS NULL GROUP BY sector ORDER BY count(*) DESC, sector`,
    );
    const organisationsBySector = rows.map((row) => ({ sector: row.sector, count: Number(row.count) }));
    // One round trip for the other headline figures; each is an indexed count or sum.
    const [figures] = await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM partnership WHERE archived_at IS NULL AND status IN ('FORMING', 'ACTIVE'))::int AS partnerships,
        (SELECT count(*) FROM project WHERE archived_at IS NULL AND status IN ('PLANNED', 'ACTIVE'))::int AS projects,
        (SELECT count(*) FROM activity WHERE archived_at IS NULL AND date > current_date - 30 AND date <= current_date)::int AS activities,
        (SELECT coalesce(sum(amount), 0) FROM funding WHERE archived_at IS NULL AND status IN ('AWARDED', 'PAID'))::float8 AS funding`);
    return {
      organisationCount: organisationsBySector.reduce((sum, row) => sum + row.count, 0),
      organisationsBySector,
      livePartnershipCount: figures.partnerships,
      liveProjectCount: figures.projects,
      recentActivityCount: figures.activities,
      fundingTotal: figures.funding,
    };
  }
}
