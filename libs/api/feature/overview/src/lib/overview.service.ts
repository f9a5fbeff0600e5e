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
    return {
      organisationCount: organisationsBySector.reduce((sum, row) => sum + row.count, 0),
      organisationsBySector,
    };
  }
}
