import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentScopeKey, RecomputeBackoff, recordDataVersion, VersionedCache } from '@cg/api/core/database';
import { DataSource } from 'typeorm';
import { ComputedNetwork, computeNetwork, measuresOf } from './network.compute';
import { NetworkComputer } from './network-computer';
import { loadNetworkRows, NormalizedFilter, normalize, RunQuery } from './network-rows';
import { Network, NetworkFilter, OrganisationNetworkMeasures } from './network.types';

// A partnership that runs PARTNER survey rounds is rated by its latest closed round (issue #15):
// the round's frozen means, never the answers behind them.
const LATEST_ROUND_RATINGS_SQL = `
SELECT (results->>'meanTrust')::float8 AS trust, (results->>'meanValue')::float8 AS value
  FROM survey_round
 WHERE partnership_id = $1 AND status = 'CLOSED' AND archived_at IS NULL AND results IS NOT NULL
 ORDER BY closed_at DESC LIMIT 1`;

/**
 * How long the first-ever request for a network waits for it. A region (28,000+ organisations)
 * can take longer than a request should; past this, the request answers with an empty network
 * marked `updating` and the computation goes on (the map asks again every 3 s until it is fresh).
 * Counties and smaller answer within it.
 */
export const COLD_NETWORK_WAIT_MS = 8_000;

/**
 * The statement timeout for a network's loading statements, raised from the request's (15 s by
 * default) for them alone, in their own transaction: a region's tie records can take longer on a
 * loaded machine, and the request no longer waits for them. Still bounded, and still cancelled
 * when the request that started them is abandoned before it was answered.
 */
export const NETWORK_STATEMENT_TIMEOUT_MS = 120_000;

/** A network answer, and whether it is the last one, served while a fresh one is computed. */
export interface NetworkAnswer {
  computed: ComputedNetwork;
  updating: boolean;
}

/**
 * Builds networks of organisations from the records the caller may read, measures them (large
 * ones in a worker thread) and caches them per filter and access scope. When the records change,
 * the last answer is served marked `updating` while a fresh one is computed in the background, so
 * a map once drawn is never cold again; only the first request for a network waits for it.
 */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  /** The clock of the retry waits; a test may replace it. */
  newBackoff = () => new RecomputeBackoff();
  private readonly cache = new VersionedCache<ComputedNetwork>(32, this.logger, 'a network', () => this.newBackoff());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly computer: NetworkComputer,
  ) {}

  async network(filter?: NetworkFilter | null): Promise<Network> {
    const { computed, updating } = await this.answer(filter, COLD_NETWORK_WAIT_MS);
    return { ...computed.network, updating };
  }

  /** One organisation's measures, within the network the filter describes (the whole network by default). */
  async organisationMeasures(
    organisationId: string,
    filter?: NetworkFilter | null,
  ): Promise<OrganisationNetworkMeasures> {
    return measuresOf((await this.answer(filter)).computed, organisationId);
  }

  /** The current data version (shared by everyone asking meanwhile). */
  dataVersion(): Promise<string> {
    return recordDataVersion(this.dataSource);
  }

  /**
   * The network for a filter: the cached answer while the data version is unchanged; after a
   * change, the last answer marked updating while a fresh one is computed; with no answer yet,
   * the computation (shared by everyone asking for it meanwhile), or after `coldWaitMs` an empty
   * network marked updating while it goes on.
   */
  async answer(filter?: NetworkFilter | null, coldWaitMs?: number): Promise<NetworkAnswer> {
    const normalized = normalize(filter);
    // Each user's network holds only the ties they may see, so the scope is part of the key.
    const key = `${currentScopeKey()} ${JSON.stringify(normalized)}`;
    const version = await this.dataVersion();
    const cached = await this.cache.get(key, version, () => this.load(normalized), { serveStale: true, coldWaitMs });
    return cached
      ? { computed: cached.value, updating: cached.updating }
      : { computed: emptyNetwork(), updating: true };
  }

  private async load(filter: NormalizedFilter): Promise<ComputedNetwork> {
    const started = performance.now();
    const query: RunQuery = (sql, params) => this.dataSource.query(sql, params);
    const { nodes, ties } = await this.dataSource.transaction(async (manager) => {
      // work_mem too: a region's 350,000 candidate ties spilled the statement's CTE to disk at 4 MB.
      await manager.query(`SELECT set_config('statement_timeout', $1, true), set_config('work_mem', '64MB', true)`, [
        String(NETWORK_STATEMENT_TIMEOUT_MS),
      ]);
      return loadNetworkRows((sql, params) => manager.query(sql, params), filter);
    });
    const loaded = performance.now();
    // Counted now: the tie columns are handed over to the worker.
    const tieCount = ties.a.length;
    const computed = await this.computer.compute(nodes, ties, { ego: filter.organisation });
    if (filter.partnership) {
      const [round] = await query<{ trust: number | null; value: number | null }>(LATEST_ROUND_RATINGS_SQL, [
        filter.partnership,
      ]);
      if (round) Object.assign(computed.network.summary, { meanTrust: round.trust, meanValue: round.value });
    }
    const done = performance.now();
    // Large networks are worth a line in the log: operators can see what a cold map costs.
    if (done - started > 1000) {
      this.logger.log(
        `Measured a network of ${computed.network.summary.nodeCount} organisations and ${tieCount} tie records ` +
          `in ${Math.round(done - started)} ms (loading ${Math.round(loaded - started)} ms, measuring ${Math.round(done - loaded)} ms)`,
      );
    }
    return computed;
  }
}

/** The placeholder a first-ever request gets while its network is still being measured. */
function emptyNetwork(): ComputedNetwork {
  return computeNetwork([], []);
}
