import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentScopeKey, membershipHeldSql, runAsSystem, tieHeldOnSql } from '@cg/api/core/database';
import { TieKind } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { ComputedNetwork, measuresOf, NodeRow, TieRow } from './network.compute';
import { NetworkComputer } from './network-computer';
import { Network, NetworkFilter, OrganisationNetworkMeasures } from './network.types';
import { SUBGRAPH_TIES_SQL } from './subgraph-ties.sql';

/** Tables whose rows the network rests on; any write to them changes the data version. */
const SOURCE_TABLES = [
  'organisation',
  'relationship',
  'partnership',
  'partnership_membership',
  'project',
  'project_participant',
  'funding',
  'place',
  'survey_round',
];

/**
 * A cheap fingerprint of everything the network is built from: per table, the latest
 * updated_at, the row count and the archived count (so inserts, edits, archiving and
 * deleting all change it), plus the served-places link table's count and a checksum.
 */
const DATA_VERSION_SQL = `SELECT concat_ws('|', ${SOURCE_TABLES.map(
  (table) => `(SELECT concat_ws(':', max(updated_at), count(*), count(archived_at)) FROM ${table})`,
).join(', ')}, (SELECT concat_ws(':', count(*), sum(hashtext(organisation_id::text || place_id::text))) FROM organisation_place)) AS version`;

interface CacheEntry {
  version: string;
  result: Promise<ComputedNetwork>;
}

/** Normalized filter: the cache key, and what the queries read. */
interface NormalizedFilter {
  withinPlace: string | null;
  themes: string[] | null;
  partnership: string | null;
  funder: string | null;
  kinds: TieKind[] | null;
  from: string | null;
  to: string | null;
  organisation: string | null;
  asAt: string | null;
}

function normalize(filter: NetworkFilter | null | undefined): NormalizedFilter {
  const list = <T extends string>(values: T[] | null | undefined) => (values?.length ? [...new Set(values)].sort() : null);
  return {
    withinPlace: filter?.withinPlace ?? null,
    themes: list(filter?.themes),
    partnership: filter?.partnership ?? null,
    funder: filter?.funder ?? null,
    kinds: list(filter?.kinds),
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    organisation: filter?.organisation ?? null,
    asAt: filter?.asAt ?? null,
  };
}

// $5, the as-at day: \`existed\` says whether the record had been entered by then (see load()).
const NODES_SQL = `
SELECT o.id, o.name, o.sector::text AS sector, coalesce(o.created_at < $5::date + 1, true) AS existed
  FROM organisation o
 WHERE o.archived_at IS NULL
   AND ($1::uuid IS NULL OR o.id IN (
         -- One set of ids (at home in the place, or serving it), so the organisations are read by id
         -- rather than each one testing both conditions after row-level security.
         WITH within AS (SELECT p.id FROM place p WHERE p.path <@ (SELECT path FROM place WHERE id = $1))
         SELECT h.id FROM organisation h WHERE h.home_place_id IN (SELECT id FROM within)
         UNION SELECT op.organisation_id FROM organisation_place op WHERE op.place_id IN (SELECT id FROM within)))
   AND ($2::text[] IS NULL OR o.themes && $2::text[])
   AND ($3::uuid IS NULL OR EXISTS (
         SELECT 1 FROM partnership_membership m
          WHERE m.partnership_id = $3 AND m.organisation_id = o.id AND ${membershipHeldSql('m', 'coalesce($5::date, current_date)')}))
   AND ($4::uuid IS NULL OR o.id = $4 OR EXISTS (
         SELECT 1 FROM organisation_tie t
          WHERE t.organisation_id = $4 AND t.other_organisation_id = o.id AND t.kind = 'FUNDING' AND t.outgoing))
 ORDER BY lower(o.name), o.id`;

// Each record once: directed kinds from the end where they start, the others from the lower id.
// The date window keeps ties whose record (relationship, partnership, project, grant) overlaps it;
// $5, the as-at day, keeps ties that held on that day (memberships included).
const TIES_SQL = `
SELECT t.organisation_id AS a, t.other_organisation_id AS b, t.kind,
       CASE t.kind WHEN 'RELATIONSHIP' THEN coalesce(t.strength, 1)::float8
                   WHEN 'FUNDING' THEN coalesce(t.amount, 0)::float8
                   ELSE 1 END AS weight,
       t.trust, t.value
  FROM organisation_tie t
  LEFT JOIN relationship r ON t.kind = 'RELATIONSHIP' AND r.id = t.via_id
  LEFT JOIN partnership pa ON t.kind = 'CO_MEMBERSHIP' AND pa.id = t.via_id
  LEFT JOIN project pr ON t.kind = 'JOINT_PROJECT' AND pr.id = t.via_id
  LEFT JOIN funding f ON t.kind = 'FUNDING' AND f.id = t.via_id
 WHERE (CASE WHEN t.kind IN ('RELATIONSHIP', 'FUNDING') THEN t.outgoing ELSE t.organisation_id < t.other_organisation_id END)
   AND ($1::uuid[] IS NULL OR (t.organisation_id = ANY($1::uuid[]) AND t.other_organisation_id = ANY($1::uuid[])))
   AND ($2::text[] IS NULL OR t.kind = ANY($2::text[]))
   AND ($3::date IS NULL OR coalesce(r.to_date, pa.end_date, pr.end_date, f.period_end) IS NULL
        OR coalesce(r.to_date, pa.end_date, pr.end_date, f.period_end) >= $3::date)
   AND ($4::date IS NULL OR coalesce(r.from_date, pa.start_date, pr.start_date, f.period_start, f.award_date) IS NULL
        OR coalesce(r.from_date, pa.start_date, pr.start_date, f.period_start, f.award_date) <= $4::date)
   AND ($5::date IS NULL OR ${tieHeldOnSql('t', '$5::date')})`;

/**
 * The organisations of the network as at a day: those whose record had been entered by then, and
 * those that took part in a tie that held then. Imports bring years of dated history in at once,
 * so the day a record was entered alone would hide organisations that were active long before.
 * With no as-at day every row has \`existed\` and all are kept.
 */
export function existingOn(rows: readonly (NodeRow & { existed: boolean })[], ties: readonly TieRow[]): NodeRow[] {
  const tied = new Set<string>();
  for (const tie of ties) {
    tied.add(tie.a);
    tied.add(tie.b);
  }
  return rows.filter((row) => row.existed || tied.has(row.id)).map(({ id, name, sector }) => ({ id, name, sector }));
}

// A partnership that runs PARTNER survey rounds is rated by its latest closed round (issue #15):
// the round's frozen means, never the answers behind them.
const LATEST_ROUND_RATINGS_SQL = `
SELECT (results->>'meanTrust')::float8 AS trust, (results->>'meanValue')::float8 AS value
  FROM survey_round
 WHERE partnership_id = $1 AND status = 'CLOSED' AND archived_at IS NULL AND results IS NOT NULL
 ORDER BY closed_at DESC LIMIT 1`;

/**
 * Builds networks of organisations from the organisation_tie view (two statements), measures
 * them in memory and caches the result per filter and access scope until the data version changes.
 */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  private readonly cache = new Map<string, CacheEntry>();
  private static readonly CACHE_SIZE = 32;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly computer: NetworkComputer,
  ) {}

  async network(filter?: NetworkFilter | null): Promise<Network> {
    return (await this.computed(filter)).network;
  }

  /** One organisation's measures, within the network the filter describes (the whole network by default). */
  async organisationMeasures(organisationId: string, filter?: NetworkFilter | null): Promise<OrganisationNetworkMeasures> {
    return measuresOf(await this.computed(filter), organisationId);
  }

  private versionInFlight: Promise<string> | null = null;

  /**
   * The current data version. Requests that ask while a check is running share it, so a list
   * of organisations asking for networkMeasures costs one check, not one per organisation.
   */
  dataVersion(): Promise<string> {
    if (!this.versionInFlight) {
      // Read as the system, so one check covers every user's cached networks.
      this.versionInFlight = runAsSystem(() => this.dataSource.query(DATA_VERSION_SQL))
        .then(([row]: { version: string }[]) => row.version)
        .finally(() => (this.versionInFlight = null));
    }
    return this.versionInFlight;
  }

  /** The computed network for a filter: from the cache while the data version is unchanged. */
  async computed(filter?: NetworkFilter | null): Promise<ComputedNetwork> {
    const normalized = normalize(filter);
    // Each user's network holds only the ties they may see, so the scope is part of the key.
    const key = `${currentScopeKey()} ${JSON.stringify(normalized)}`;
    const version = await this.dataVersion();
    const hit = this.cache.get(key);
    if (hit && hit.version === version) {
      // Refresh its place in the LRU order.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.result;
    }
    const result = this.load(normalized);
    this.cache.set(key, { version, result });
    result.catch(() => this.cache.delete(key));
    while (this.cache.size > NetworkService.CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return result;
  }

  private async load(filter: NormalizedFilter): Promise<ComputedNetwork> {
    const started = performance.now();
    const rows: (NodeRow & { existed: boolean })[] = await this.dataSource.query(NODES_SQL, [
      filter.withinPlace,
      filter.themes,
      filter.partnership,
      filter.funder,
      filter.asAt,
    ]);
    const restricted = Boolean(filter.withinPlace || filter.themes || filter.partnership || filter.funder);
    // A part of the country: its ties from its own records only. The whole country: the view.
    const ties: TieRow[] = restricted
      ? await this.dataSource.query(SUBGRAPH_TIES_SQL, [rows.map((n) => n.id), filter.kinds, filter.from, filter.to, filter.asAt])
      : await this.dataSource.query(TIES_SQL, [null, filter.kinds, filter.from, filter.to, filter.asAt]);
    const nodes = existingOn(rows, ties);
    const loaded = performance.now();
    const computed = await this.computer.compute(nodes, ties, { ego: filter.organisation });
    if (filter.partnership) {
      const [round]: { trust: number | null; value: number | null }[] = await this.dataSource.query(LATEST_ROUND_RATINGS_SQL, [filter.partnership]);
      if (round) Object.assign(computed.network.summary, { meanTrust: round.trust, meanValue: round.value });
    }
    const done = performance.now();
    // Large networks are worth a line in the log: operators can see what a cold map costs.
    if (done - started > 1000) {
      this.logger.log(
        `Measured a network of ${computed.network.summary.nodeCount} organisations and ${ties.length} tie records ` +
          `in ${Math.round(done - started)} ms (loading ${Math.round(loaded - started)} ms, measuring ${Math.round(done - loaded)} ms)`,
      );
    }
    return computed;
  }
}
