import { DataSource, Logger } from 'typeorm';
import { countQueries } from './query-counter';

/** A stand-in DataSource whose queries go through its logger, as TypeORM's query runners do. */
function fakeDataSource() {
  const printed: string[] = [];
  const logger: Logger = {
    logQuery: (query) => void printed.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: (_level, message) => void printed.push(`log:${String(message)}`),
  };
  const dataSource = { logger } as unknown as DataSource;
  const run = (sql: string) => dataSource.logger.logQuery(sql, []);
  return { dataSource, printed, run };
}

describe('countQueries', () => {
  it('counts the statements between start and stop', () => {
    const { dataSource, run } = fakeDataSource();
    run('SELECT before');
    const counter = countQueries(dataSource);
    run('SELECT 1');
    run('SELECT 2');
    expect(counter.count).toBe(2);
    expect(counter.stop()).toBe(2);
    run('SELECT after');
    expect(counter.count).toBe(2);
    expect(counter.queries).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('starts again from zero', () => {
    const { dataSource, run } = fakeDataSource();
    const counter = countQueries(dataSource);
    run('SELECT 1');
    counter.start();
    run('SELECT 2');
    expect(counter.queries).toEqual(['SELECT 2']);
  });

  it('lets the logger keep doing its job, and counters run side by side', () => {
    const { dataSource, printed, run } = fakeDataSource();
    const outer = countQueries(dataSource);
    run('SELECT 1');
    const inner = countQueries(dataSource);
    run('SELECT 2');
    dataSource.logger.log('info', 'hello');
    expect(outer.count).toBe(2);
    expect(inner.count).toBe(1);
    expect(printed).toEqual(['SELECT 1', 'SELECT 2', 'log:hello']);
  });

  it('wraps the logger once however many counters there are', () => {
    const { dataSource } = fakeDataSource();
    countQueries(dataSource);
    const wrapped = dataSource.logger;
    countQueries(dataSource);
    expect(dataSource.logger).toBe(wrapped);
  });
});
