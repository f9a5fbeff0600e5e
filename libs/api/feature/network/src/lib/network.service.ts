import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentScopeKey, runAsBoundedSystem, runDetached } from '@cg/api/core/database';
import { DataSource } from 'typeorm';
import { ComputedNetwork, computeNetwork, measuresOf } from './network.compute';
import { NetworkComputer } from './network-computer';
import { RecomputeBackoff } from './recompute-backoff';
import { loadNetworkRows, NormalizedFilter, normalize, RunQuery } from './network-rows';
import { Network, NetworkFilter, OrganisationNetworkMeasures } from './network.types';

/**
 * The version of everything a network is built from: each write statement to a source table
 * appends a row to network_change, in the writer's own transaction (migration NetworkChangeLog),
 * so a reader sees the new version exactly when it can see the change. Read from a small table
 * by its primary key, not counted over the country's records.
 */
const DATA_VERSION_SQL = `SELECT concat_ws(':', max(id), count(*)) AS version FROM network_change`;

/** A network per filter and access scope: the last answer, and the computation that will replace it. */
interface CacheEntry {
  /** The last computed answer and the data version it was computed at. */
  answer?: { version: string; computed: ComputedNetwork };
  /** The computation under way, and the data version it started at. */
  computing?: { version: string; result: Promise<ComputedNetwork> };
  /** When a failed background recompute may be tried again. */
  backoff?: RecomputeBackoff;
}

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
  private readonly cache = new Map<string, CacheEntry>();
  private static readonly CACHE_SIZE = 32;
  /** The clock of the retry waits; a test may replace it. */
  newBackoff = () => new RecomputeBackoff();

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

  private versionInFlight: Promise<string> | null = null;

  /**
   * The current data version. Requests that ask while a check is running share it, so a list
   * of organisations asking for networkMeasures costs one check, not one per organisation.
   */
  dataVersion(): Promise<string> {
    if (!this.versionInFlight) {
      // Read as the system, so one check covers every user's cached networks; but with a request's
      // statement timeout, as every statement on a request's behalf (a lock on the change log must
      // not hold every network request for ever).
      this.versionInFlight = runAsBoundedSystem(() => this.dataSource.query(DATA_VERSION_SQL))
        .then(([row]: { version: string }[]) => row.version)
        .finally(() => (this.versionInFlight = null));
    }
    return this.versionInFlight;
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
    const entry = this.cache.get(key) ?? {};
    // Refresh its place in the LRU order.
    this.cache.delete(key);
    this.cache.set(key, entry);
    while (this.cache.size > NetworkService.CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);

    if (entry.answer?.version === version) return { computed: entry.answer.computed, updating: false };
    if (entry.answer) {
      // Stale: serve it, and recompute unless that is under way or waiting after failures (backoff). The computation outlives
      // this request (a reader who leaves must not cancel it for everyone) but keeps its scope.
      if (!entry.computing && (entry.backoff?.mayRetry() ?? true))
        runDetached(() => this.compute(entry, version, normalized)).catch(() => undefined);
      return { computed: entry.answer.computed, updating: true };
    }
    const computing = entry.computing?.result ?? this.compute(entry, version, normalized);
    if (coldWaitMs === undefined) return { computed: await computing, updating: false };
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), coldWaitMs)));
    const computed = await Promise.race([computing, waited]).finally(() => clearTimeout(timer));
    return computed ? { computed, updating: false } : { computed: emptyNetwork(), updating: true };
  }

  /** Computes the network into the entry; a failure leaves the last answer in place. */
  private compute(entry: CacheEntry, version: string, filter: NormalizedFilter): Promise<ComputedNetwork> {
    const result = this.load(filter);
    const computing = { version, result };
    entry.computing = computing;
    result.then(
      (computed) => {
        if (entry.computing === computing) entry.computing = undefined;
        entry.answer = { version, computed };
        entry.backoff?.succeeded();
      },
      (error: unknown) => {
        if (entry.computing === computing) entry.computing = undefined;
        (entry.backoff ??= this.newBackoff()).failed();
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(
          entry.answer
            ? `Recomputing a network failed; the last answer stays: ${reason}`
            : `Measuring a network failed: ${reason}`,
        );
      },
    );
    return result;
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
