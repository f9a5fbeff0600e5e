import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentScopeKey, PlaceEntity, recordDataVersion, VersionedCache } from '@cg/api/core/database';
import { ConnectionArgsInput, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { notFound, PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  grantsInsideSql,
  insideCtes,
  fundingByDecileSql,
  fundingSharesSql,
  TARGET_COLUMNS,
  periodParams,
  placeFiguresSql,
  placeReachSql,
} from './analytics-sql';
import { FundingPeriod, WHOLE_TIME } from './dto/funding-period.input';
import { queryNamed } from './named-sql';
import { ColdSpot, FunderOverlap, FunderShare, FundingByDecile, PlaceAnalytics } from './place-analytics.type';

/** A row of `placeFiguresSql` beside the place's own columns. */
export interface FiguresRow {
  id: string;
  population: number | null;
  imd_decile: number | null;
  imd_rank: number | null;
  organisation_count: number;
  active_partnership_count: number;
  active_project_count: number;
  funding_total: number;
  grant_count: number;
  funder_count: number;
  funding_per_head: number | null;
}

export function toAnalytics(row: FiguresRow): PlaceAnalytics {
  return {
    placeId: row.id,
    population: row.population,
    imdDecile: row.imd_decile === null ? null : Number(row.imd_decile),
    imdRank: row.imd_rank,
    organisationCount: row.organisation_count,
    activePartnershipCount: row.active_partnership_count,
    activeProjectCount: row.active_project_count,
    fundingTotal: Number(row.funding_total),
    fundingPerHead: row.funding_per_head === null ? null : Number(row.funding_per_head),
    grantCount: row.grant_count,
    funderCount: row.funder_count,
  };
}

export interface ColdSpotQuery {
  level: PlaceLevel;
  deciles: number[];
  maxFundingPerHead?: number | null;
  within?: string | null;
  period?: FundingPeriod;
}

/** A cached answer and whether it is the last one, served while a fresh one is computed. */
export type MaybeUpdating<T> = T & { updating: boolean };

/** FundingByDecile as computed, before the cache says whether it is updating. */
type DecileFigures = Omit<FundingByDecile, 'updating'>;

/** Answers kept per read: each is a few kilobytes (50 cold spots, 10 deciles). */
const ANALYTICS_CACHE_SIZE = 256;

@Injectable()
export class PlaceAnalyticsService {
  private readonly logger = new Logger(PlaceAnalyticsService.name);
  // Cold spots and the deciles read the whole country's grants and places (hundreds of ms to
  // seconds nationally), so their answers are cached per reader's access scope and arguments and
  // per data version, the network's (docs/performance.md, "Place analytics from a cache").
  private readonly coldSpotsCache = new VersionedCache<ConnectionOf<ColdSpot>>(
    ANALYTICS_CACHE_SIZE,
    this.logger,
    'cold spots',
  );
  private readonly decilesCache = new VersionedCache<DecileFigures>(
    ANALYTICS_CACHE_SIZE,
    this.logger,
    'funding by IMD decile',
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The cached answer of a read: the same for every reader whose access scope is the same (the
   * scope is all row-level security reads), computed once by whoever asks first; after a write to
   * a table it reads, the last answer marked updating while a fresh one is computed.
   */
  private async cached<T>(
    cache: VersionedCache<T>,
    args: unknown,
    compute: () => Promise<T>,
  ): Promise<MaybeUpdating<T>> {
    const key = `${currentScopeKey()} ${JSON.stringify(args)}`;
    const version = await recordDataVersion(this.dataSource);
    const answer = await cache.get(key, version, compute, { serveStale: true });
    // With no coldWaitMs the cache always answers; the check only narrows the type.
    if (!answer) throw new Error('The place analytics cache gave no answer.');
    return { ...answer.value, updating: answer.updating };
  }

  /** The place, or NOT_FOUND when it does not exist or the reader may not see it. */
  async place(id: string): Promise<PlaceEntity> {
    const place = await this.dataSource.getRepository(PlaceEntity).findOneBy({ id });
    if (!place) throw notFound('place', id);
    return place;
  }

  async placeAnalytics(placeId: string, period: FundingPeriod = WHOLE_TIME): Promise<PlaceAnalytics> {
    await this.place(placeId);
    const [analytics] = await PlaceAnalyticsService.analyticsOf(this.dataSource, [placeId], period);
    if (!analytics) throw notFound('place', placeId);
    return analytics;
  }

  /** Figures for many places in one statement (the `Place.analytics` loader), in the order asked. */
  static async analyticsOf(
    db: DataSource,
    placeIds: readonly string[],
    period: FundingPeriod = WHOLE_TIME,
  ): Promise<(PlaceAnalytics | null)[]> {
    const rows = await queryNamed<FiguresRow>(
      db,
      placeFiguresSql(`SELECT ${TARGET_COLUMNS} FROM place WHERE id = ANY(:ids::uuid[])`, period),
      { ids: [...placeIds], ...periodParams(period) },
    );
    const byId = new Map(rows.map((row) => [row.id, toAnalytics(row)]));
    return placeIds.map((id) => byId.get(id) ?? null);
  }

  /**
   * Places of `level` in the given deciles (inside `within`, when given) with no ACTIVE
   * partnership or funding per head at most `maxFundingPerHead` (none at all when not given);
   * most deprived decile first, then least funding per head, then IMD rank.
   */
  coldSpots(query: ColdSpotQuery, args: ConnectionArgsInput): Promise<MaybeUpdating<ConnectionOf<ColdSpot>>> {
    return this.cached(this.coldSpotsCache, { query, args }, () => this.computeColdSpots(query, args));
  }

  private async computeColdSpots(query: ColdSpotQuery, args: ConnectionArgsInput): Promise<ConnectionOf<ColdSpot>> {
    if (query.within) await this.place(query.within);
    const maxPerHead = query.maxFundingPerHead ?? 0;
    const within = query.within ? `AND t.path <@ (SELECT ${placeReachSql('w')} FROM place w WHERE w.id = :within)` : '';
    // Places without a known population count as having no funding per head only when they have no funding.
    const perHead = 'coalesce(c.funding_per_head, CASE WHEN c.funding_total = 0 THEN 0 END)';
    const period = query.period ?? WHOLE_TIME;
    const candidates = `SELECT ${TARGET_COLUMNS} FROM place t
      WHERE t.archived_at IS NULL AND t.level = :level AND t.imd_decile = ANY(:deciles::int[]) ${within}`;
    const inner = placeFiguresSql(candidates, period);
    const qb = this.dataSource
      .createQueryBuilder()
      .select('c.*')
      .addSelect(`c.active_partnership_count = 0`, 'no_active_partnership')
      .addSelect(`coalesce(${perHead} <= :maxPerHead, false)`, 'low_funding')
      .from(`(${inner})`, 'c')
      .where(`(c.active_partnership_count = 0 OR ${perHead} <= :maxPerHead)`)
      .setParameters({
        level: query.level,
        deciles: query.deciles,
        within: query.within,
        maxPerHead,
        ...periodParams(period),
      });
    return paginate(qb, {
      args,
      rows: 'raw',
      sort: [
        { sql: 'c.imd_decile', direction: SortDirection.ASC },
        { sql: 'c.funding_per_head', direction: SortDirection.ASC, nulls: 'LAST' },
        { sql: 'c.imd_rank', direction: SortDirection.ASC, nulls: 'LAST' },
      ],
      idColumn: 'c.id',
      map: (_row, raw) => {
        const row = raw as unknown as FiguresRow & { no_active_partnership: boolean; low_funding: boolean };
        return {
          placeId: row.id,
          analytics: toAnalytics(row),
          noActivePartnership: row.no_active_partnership,
          lowFunding: row.low_funding,
        };
      },
    });
  }

  /** Each funder's counted grants reaching inside the place, largest total first. */
  async funderOverlap(placeId: string, period: FundingPeriod = WHOLE_TIME): Promise<FunderOverlap> {
    await this.place(placeId);
    const rows = await queryNamed<{ funder_id: string; total: number; grants: number; recipients: number }>(
      this.dataSource,
      `${insideCtes('SELECT id, path FROM place WHERE id = :placeId')}
       SELECT f.funder_organisation_id AS funder_id, sum(f.amount)::float8 AS total, count(*)::int AS grants,
              count(DISTINCT f.recipient)::int AS recipients
       FROM (${grantsInsideSql(period)}) f
       GROUP BY f.funder_organisation_id
       ORDER BY total DESC, funder_id`,
      { placeId, ...periodParams(period) },
    );
    const funders: FunderShare[] = rows.map((row) => ({
      funderId: row.funder_id,
      fundingTotal: Number(row.total),
      grantCount: row.grants,
      recipientCount: row.recipients,
    }));
    return {
      placeId,
      funderCount: funders.length,
      fundingTotal: funders.reduce((sum, funder) => sum + funder.fundingTotal, 0),
      funders,
    };
  }

  /** Funding per head in each IMD decile at `level`, for everyone's grants or one funder's. */
  fundingByDecile(
    level: PlaceLevel,
    funderId?: string | null,
    period: FundingPeriod = WHOLE_TIME,
  ): Promise<FundingByDecile> {
    return this.cached(this.decilesCache, { level, funderId, period }, () =>
      this.computeFundingByDecile(level, funderId, period),
    );
  }

  /** The figures as computed now, uncached (tests compare them with a recount). */
  async computeFundingByDecile(
    level: PlaceLevel,
    funderId: string | null | undefined,
    period: FundingPeriod,
  ): Promise<DecileFigures> {
    const params = { level, funderId, ...periodParams(period) };
    const [deciles, [counted]] = await Promise.all([
      queryNamed<{ decile: number; places: number; population: number; total: number }>(
        this.dataSource,
        fundingByDecileSql(!!funderId, period),
        params,
      ),
      queryNamed<{ total: number }>(
        this.dataSource,
        `${fundingSharesSql(!!funderId, period)} SELECT coalesce(sum(c.amount), 0)::float8 AS total FROM counted c`,
        params,
      ),
    ]);
    const landed = deciles.reduce((sum, row) => sum + Number(row.total), 0);
    return {
      funderId: funderId ?? null,
      deciles: deciles.map((row) => ({
        decile: row.decile,
        placeCount: row.places,
        population: Number(row.population),
        fundingTotal: Number(row.total),
        fundingPerHead: Number(row.population) > 0 ? Number(row.total) / Number(row.population) : null,
      })),
      // Float sums can leave dust of a penny's fraction; round to pence.
      unplacedTotal: Math.round((Number(counted?.total ?? 0) - landed) * 100) / 100,
    };
  }
}
