import { DataSource, Logger } from 'typeorm';

type Listener = (sql: string) => void;

/** Statements counted between start() and stop(), for N+1 tests. */
export interface QueryCounter {
  /** Statements seen so far (or up to stop()). */
  readonly count: number;
  /** Their SQL, to print when an expectation fails. */
  readonly queries: readonly string[];
  /** Forgets what was counted and counts again. */
  start(): QueryCounter;
  /** Stops counting and returns the count. */
  stop(): number;
}

const listeners = new WeakMap<DataSource, Set<Listener>>();

/**
 * Every statement TypeORM sends goes through `dataSource.logger.logQuery` (whatever the
 * `logging` option says; the logger decides whether to print). So the DataSource's
 * logger is wrapped once, in place, and still does all it did before.
 */
function listenersOf(dataSource: DataSource): Set<Listener> {
  let set = listeners.get(dataSource);
  if (set) return set;
  const active = new Set<Listener>();
  set = active;
  const original = dataSource.logger;
  const tapped = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery') {
        return (query: string, ...rest: unknown[]) => {
          active.forEach((listener) => listener(query));
          return (target.logQuery as (...args: unknown[]) => unknown).call(target, query, ...rest);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Logger;
  (dataSource as { logger: Logger }).logger = tapped;
  listeners.set(dataSource, active);
  return active;
}

/**
 * `const counter = countQueries(testApp.dataSource); …; expect(counter.stop()).toBeLessThanOrEqual(3)`.
 * Counts every statement on the DataSource, including BEGIN/COMMIT and those of any
 * other request running meanwhile, so count around one operation at a time.
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  const set = listenersOf(dataSource);
  const queries: string[] = [];
  const listener: Listener = (sql) => queries.push(sql);
  const counter: QueryCounter = {
    get count() {
      return queries.length;
    },
    get queries() {
      return [...queries];
    },
    start() {
      queries.length = 0;
      set.add(listener);
      return counter;
    },
    stop() {
      set.delete(listener);
      return queries.length;
    },
  };
  return counter.start();
}
