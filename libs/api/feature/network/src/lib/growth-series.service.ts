import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { partnershipMeasuredOnSql } from '@cg/api/core/database';
import { GrowthPoint, growthPoint, monthEnds, notFound } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { collaborationInputsAt } from './collaboration.loaders';
import { PartnershipHealthSeriesArgs } from './growth-series.types';

/** What partnershipHealthSeries answers (the domain's points; GraphQL names the same fields). */
export interface GrowthSeries {
  partnershipId: string;
  points: GrowthPoint[];
}

// Read as the request role: a partnership the reader may not see is not found.
const BOUNDS_SQL = `
SELECT ${partnershipMeasuredOnSql('p')}::text AS measured_on,
       least(p.start_date, (SELECT min(m.from_date) FROM partnership_membership m
                             WHERE m.partnership_id = p.id AND m.archived_at IS NULL))::text AS began
  FROM partnership p
 WHERE p.id = $1 AND p.archived_at IS NULL`;

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4, 7)}-01`;

/** A partnership's monthly series of members, sectors, ties and indices: five statements, whatever the months. */
@Injectable()
export class GrowthSeriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async series(args: PartnershipHealthSeriesArgs): Promise<GrowthSeries> {
    const [bounds] = (await this.dataSource.query(BOUNDS_SQL, [args.partnershipId])) as {
      measured_on: string;
      began: string | null;
    }[];
    if (!bounds) throw notFound('partnership', args.partnershipId);
    const to = args.to ?? bounds.measured_on;
    const from = args.from ?? bounds.began ?? yearBefore(to);
    const days = monthEnds(from, to);
    const inputs = await collaborationInputsAt(
      this.dataSource,
      days.map((day) => ({ partnershipId: args.partnershipId, day })),
    );
    return { partnershipId: args.partnershipId, points: days.map((day, i) => growthPoint(day, inputs[i])) };
  }
}
