import { Logger } from '@nestjs/common';
import { VersionedCache } from './versioned-cache';

/** A computation the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('VersionedCache', () => {
  const logger = { warn: jest.fn() } as unknown as Logger;
  const exact = { serveStale: false };
  const stale = { serveStale: true };

  it('runs one computation for everyone asking for a key and version, and none while the version holds', async () => {
    const cache = new VersionedCache<number>(4, logger, 'a test');
    const work = deferred<number>();
    const compute = jest.fn(() => work.promise);
    const asks = [cache.get('k', 'v1', compute, exact), cache.get('k', 'v1', compute, exact)];
    work.resolve(7);
    expect(await Promise.all(asks)).toEqual([
      { value: 7, updating: false },
      { value: 7, updating: false },
    ]);
    expect(await cache.get('k', 'v1', compute, exact)).toEqual({ value: 7, updating: false });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps keys apart', async () => {
    const cache = new VersionedCache<string>(4, logger, 'a test');
    await cache.get('reader a', 'v1', async () => 'a', exact);
    expect(await cache.get('reader b', 'v1', async () => 'b', exact)).toEqual({ value: 'b', updating: false });
    expect(await cache.get('reader a', 'v1', async () => 'not asked', exact)).toEqual({ value: 'a', updating: false });
  });

  it('after a change, an exact read waits for a fresh answer and never shares one started at the old version', async () => {
    const cache = new VersionedCache<number>(4, logger, 'a test');
    await cache.get('k', 'v1', async () => 1, exact);
    const old = deferred<number>();
    const staleAsk = cache.get('k', 'v2', () => old.promise, exact);
    const fresh = cache.get('k', 'v3', async () => 3, exact);
    expect(await fresh).toEqual({ value: 3, updating: false });
    old.resolve(2);
    expect(await staleAsk).toEqual({ value: 2, updating: false });
  });

  it('after a change, serves the last answer marked updating while one fresh one is computed', async () => {
    const cache = new VersionedCache<number>(4, logger, 'a test');
    await cache.get('k', 'v1', async () => 1, stale);
    const work = deferred<number>();
    const compute = jest.fn(() => work.promise);
    expect(await cache.get('k', 'v2', compute, stale)).toEqual({ value: 1, updating: true });
    expect(await cache.get('k', 'v2', compute, stale)).toEqual({ value: 1, updating: true });
    expect(compute).toHaveBeenCalledTimes(1);
    work.resolve(2);
    await work.promise;
    expect(await cache.get('k', 'v2', compute, stale)).toEqual({ value: 2, updating: false });
  });

  it('caches no failure: the waiters get the error and the next read computes again', async () => {
    const cache = new VersionedCache<number>(4, logger, 'a test');
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('timeout')), exact)).rejects.toThrow('timeout');
    expect(await cache.get('k', 'v1', async () => 5, exact)).toEqual({ value: 5, updating: false });
  });

  it('forgets the least recently read key past its size', async () => {
    const cache = new VersionedCache<string>(2, logger, 'a test');
    for (const key of ['a', 'b']) await cache.get(key, 'v1', async () => key, exact);
    await cache.get('a', 'v1', async () => 'recomputed', exact); // a is now the most recent
    await cache.get('c', 'v1', async () => 'c', exact); // b goes
    expect(await cache.get('a', 'v1', async () => 'recomputed', exact)).toEqual({ value: 'a', updating: false });
    expect(await cache.get('b', 'v1', async () => 'again', exact)).toEqual({ value: 'again', updating: false });
  });

  it('recomputes at most MAX_BACKGROUND_RECOMPUTES stale answers at once, over every cache', async () => {
    const caches = [0, 1, 2].map(() => new VersionedCache<number>(4, logger, 'a test'));
    for (const cache of caches) await cache.get('k', 'v1', async () => 1, stale);
    const works = caches.map(() => deferred<number>());
    const computes = works.map((work) => jest.fn(() => work.promise));
    for (const [i, cache] of caches.entries()) await cache.get('k', 'v2', computes[i], stale);
    expect(computes.map((compute) => compute.mock.calls.length)).toEqual([1, 1, 0]); // MAX_BACKGROUND_RECOMPUTES = 2
    works[0].resolve(2);
    await works[0].promise;
    await new Promise((resolve) => setTimeout(resolve));
    expect(await caches[2].get('k', 'v2', computes[2], stale)).toEqual({ value: 1, updating: true });
    expect(computes[2]).toHaveBeenCalledTimes(1);
    works[1].resolve(2);
    works[2].resolve(2);
  });
});
