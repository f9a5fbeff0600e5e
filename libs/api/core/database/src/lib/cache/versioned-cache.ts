import { Logger } from '@nestjs/common';
import { runDetached } from '../access/request-queries';
import { RecomputeBackoff } from './recompute-backoff';

/** A cached value, and whether it is the last one, served while a fresh one is computed. */
export interface CachedAnswer<T> {
  value: T;
  updating: boolean;
}

/** How a read wants its answer. */
export interface CacheReadOptions {
  /**
   * After a change, serve the last answer marked `updating` while a fresh one is computed in the
   * background. Only for reads whose GraphQL type says so; otherwise the read waits for the fresh one.
   */
  serveStale: boolean;
  /** With no answer yet, how long to wait for the first before answering `undefined` (the computation goes on). */
  coldWaitMs?: number;
}

/**
 * How many stale answers may be recomputed in the background at once, in this process, over every
 * cache: after a write, each key read again would otherwise start its own recompute (seconds of
 * PostgreSQL each for a region's network or the country's analytics). Past this, the stale answer
 * is served marked updating and a later read starts the recompute.
 */
export const MAX_BACKGROUND_RECOMPUTES = 2;
let backgroundRecomputes = 0;

interface CacheEntry<T> {
  /** The last computed answer and the data version it was computed at. */
  answer?: { version: string; value: T };
  /** The computation under way, and the data version it started at. */
  computing?: { version: string; result: Promise<T> };
  /** When a failed background recompute may be tried again. */
  backoff?: RecomputeBackoff;
}

/**
 * Results of expensive reads, per key and data version, in one process (issue #13): the network
 * of organisations and the place analytics. The key must hold the reader's access scope
 * (`currentScopeKey()`), since each answer holds only the rows its reader may see, and every
 * argument of the read. Everyone asking for a key while it is computed shares the one
 * computation (single flight). A computation's failure is never cached: its waiters get the error
 * and the last answer stays.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();

  constructor(
    private readonly size: number,
    private readonly logger: Logger,
    /** What is cached, for the log: "a network". */
    private readonly what: string,
    /** The retry waits after failures (a test may give them its own clock). */
    private readonly newBackoff: () => RecomputeBackoff = () => new RecomputeBackoff(),
  ) {}

  /**
   * The answer for `key` at `version`: the cached one while the version is unchanged; after a
   * change, the last one marked updating while `compute` runs in the background (`serveStale`),
   * or the fresh one; with no answer yet, the computation (shared by everyone asking meanwhile),
   * or `undefined` after `coldWaitMs` while it goes on.
   */
  async get(
    key: string,
    version: string,
    compute: () => Promise<T>,
    options: CacheReadOptions,
  ): Promise<CachedAnswer<T> | undefined> {
    const entry = this.entries.get(key) ?? {};
    // Refresh its place in the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);

    if (entry.answer?.version === version) return { value: entry.answer.value, updating: false };
    if (entry.answer && options.serveStale) {
      // Recompute unless that is under way or waiting after failures (backoff). The computation
      // outlives this request (a reader who leaves must not cancel it for everyone) but keeps its scope.
      if (!entry.computing && (entry.backoff?.mayRetry() ?? true) && backgroundRecomputes < MAX_BACKGROUND_RECOMPUTES) {
        backgroundRecomputes += 1;
        runDetached(() => this.compute(entry, version, compute))
          .catch(() => undefined)
          .finally(() => (backgroundRecomputes -= 1));
      }
      return { value: entry.answer.value, updating: true };
    }
    // A computation started at an older version may miss a change this reader can see: an exact
    // read waits for a fresh one; a read that may be served stale shares it (and is told updating later).
    const shared = entry.computing && (options.serveStale || entry.computing.version === version);
    const current = shared ? entry.computing?.result : undefined;
    const computing = current ?? this.compute(entry, version, compute);
    if (options.coldWaitMs === undefined) return { value: await computing, updating: false };
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), options.coldWaitMs)));
    const value = await Promise.race([computing.then((computed) => ({ computed })), waited]).finally(() =>
      clearTimeout(timer),
    );
    return value ? { value: value.computed, updating: false } : undefined;
  }

  /** Computes into the entry; a failure leaves the last answer in place. */
  private compute(entry: CacheEntry<T>, version: string, compute: () => Promise<T>): Promise<T> {
    const result = compute();
    const computing = { version, result };
    entry.computing = computing;
    result.then(
      (value) => {
        if (entry.computing === computing) entry.computing = undefined;
        // Versions are not ordered; an answer from an older one is recomputed at the next read.
        entry.answer = { version, value };
        entry.backoff?.succeeded();
      },
      (error: unknown) => {
        if (entry.computing === computing) entry.computing = undefined;
        (entry.backoff ??= this.newBackoff()).failed();
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(
          entry.answer
            ? `Recomputing ${this.what} failed; the last answer stays: ${reason}`
            : `Computing ${this.what} failed: ${reason}`,
        );
      },
    );
    return result;
  }
}
