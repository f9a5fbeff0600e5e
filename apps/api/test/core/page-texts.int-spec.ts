import { OrganisationEntity } from '@cg/api/core/database';
import {
  applyFilter,
  builderShape,
  ConnectionArgsInput,
  FilterFieldMap,
  MAX_PAGE_TEXTS,
  paginate,
  pageTextCount,
  SortDirection,
  SortSpec,
} from '@cg/api/core/graphql';
import { OrganisationType, Sector, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

interface Filter {
  sector?: { eq?: Sector };
}
const FIELDS: FilterFieldMap<Filter> = { sector: { column: 'o.sector', kind: 'enum' } };

const TYPES = [OrganisationType.CHARITY, OrganisationType.BUSINESS, OrganisationType.LOCAL_AUTHORITY];

/**
 * A page statement's text is kept per shape (issue #13, seventh round). These tests fail if a kept
 * text is served to another shape, or if a page with values of its own is served a text at all.
 */
describe('page statements kept per shape', () => {
  let testApp: TestApp;
  /** Each statement run as [text, values], as the logger saw it. */
  let statements: [string, unknown[]][] = [];
  let restoreLogger: () => void;

  beforeAll(async () => {
    testApp = await startTestApp();
    for (let index = 0; index < 24; index++) {
      const type = TYPES[index % 3];
      await testApp.dataSource.query(
        'INSERT INTO organisation (name, type, sector, created_at, postcode) VALUES ($1, $2, $3, $4, $5)',
        [
          `Shape ${String.fromCharCode(65 + ((index * 5) % 24))}${index % 4}`,
          type,
          SECTOR_OF_TYPE[type],
          `2024-02-${String(1 + (index % 6)).padStart(2, '0')} 10:00:00+00`,
          index % 4 === 0 ? null : `LS${index % 3} 2BB`,
        ],
      );
    }
    const logger = testApp.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push([query, parameters ?? []]);
      return logQuery(query, parameters, runner);
    };
    restoreLogger = () => (logger.logQuery = logQuery);
  });
  afterAll(async () => {
    restoreLogger();
    await testApp.close();
  });
  beforeEach(() => (statements = []));

  const organisations = () =>
    testApp.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.archived_at IS NULL');
  const ids = (sql: string, params: unknown[] = []) =>
    testApp.dataSource.query<{ id: string }[]>(sql, params).then((rows) => rows.map((row) => row.id));
  const byName = (direction: SortDirection): SortSpec[] => [{ sql: 'o.name', direction }];
  const byPostcode: SortSpec[] = [{ sql: 'o.postcode', direction: SortDirection.ASC, nulls: 'FIRST' }];

  async function page(
    args: ConnectionArgsInput,
    sort: SortSpec[],
    options: { columns?: string[]; qb?: SelectQueryBuilder<OrganisationEntity> } = {},
  ) {
    return paginate(options.qb ?? organisations(), { args, sort, idColumn: 'o.id', columns: options.columns });
  }
  const pageIds = async (...args: Parameters<typeof page>) => (await page(...args)).nodes.map((node) => node.id);

  it('keeps one text per shape and reuses it for the same shape', async () => {
    await page({ first: 5 }, byName(SortDirection.ASC));
    const kept = pageTextCount(testApp.dataSource);
    const first = statements.at(-1);
    await page({ first: 5 }, byName(SortDirection.ASC));
    expect(pageTextCount(testApp.dataSource)).toBe(kept);
    expect(statements.at(-1)).toEqual(first);
  });

  it('serves each shape its own text: selections, cursors, orders, directions, first and last, sizes', async () => {
    const all = {
      ASC: await ids('SELECT id FROM organisation ORDER BY name ASC, id ASC'),
      DESC: await ids('SELECT id FROM organisation ORDER BY name DESC, id DESC'),
      postcode: await ids('SELECT id FROM organisation ORDER BY postcode ASC NULLS FIRST, id ASC'),
    };
    const cursorAfter = (await page({ first: 4 }, byName(SortDirection.ASC))).pageInfo.endCursor ?? undefined;
    const cursorBefore = (await page({ last: 4 }, byName(SortDirection.ASC))).pageInfo.startCursor ?? undefined;
    const nullCursor = (await page({ first: 2 }, byPostcode)).pageInfo.endCursor ?? undefined; // its postcode is null
    const valueCursor = (await page({ first: 10 }, byPostcode)).pageInfo.endCursor ?? undefined;
    const cases: [string, () => Promise<string[]>, string[]][] = [
      ['first 4 by name', () => pageIds({ first: 4 }, byName(SortDirection.ASC)), all.ASC.slice(0, 4)],
      ['first 6 by name', () => pageIds({ first: 6 }, byName(SortDirection.ASC)), all.ASC.slice(0, 6)],
      ['first 4, name only', () => pageIds({ first: 4 }, byName(SortDirection.ASC), { columns: ['id', 'name'] }), all.ASC.slice(0, 4)],
      ['first 4 by name desc', () => pageIds({ first: 4 }, byName(SortDirection.DESC)), all.DESC.slice(0, 4)],
      // (`last: 4` by name is `first: 4` by name descending, turned round: the same statement, rightly.)
      ['last 5 by name', () => pageIds({ last: 5 }, byName(SortDirection.ASC)), all.ASC.slice(-5)],
      ['4 after a cursor', () => pageIds({ first: 4, after: cursorAfter }, byName(SortDirection.ASC)), all.ASC.slice(4, 8)],
      ['4 before a cursor', () => pageIds({ last: 4, before: cursorBefore }, byName(SortDirection.ASC)), all.ASC.slice(-8, -4)],
      ['3 after a null key', () => pageIds({ first: 3, after: nullCursor }, byPostcode), all.postcode.slice(2, 5)],
      ['3 after a value key', () => pageIds({ first: 3, after: valueCursor }, byPostcode), all.postcode.slice(10, 13)],
    ];
    // Twice over, interleaved: a text kept for one shape and served to another gives the wrong rows.
    for (let round = 0; round < 2; round++) {
      for (const [name, read, expected] of cases) expect([name, await read()]).toEqual([name, expected]);
    }
    const texts = new Map<string, string>();
    for (const [name, read] of cases) {
      statements = [];
      await read();
      texts.set(name, statements.at(-1)?.[0] ?? '');
    }
    expect(new Set(texts.values()).size).toBe(cases.length);
    // The node columns asked for shape the select list.
    expect(texts.get('first 4, name only')).not.toContain('o_postcode');
    expect(texts.get('first 4 by name')).toContain('o_postcode');
  });

  it('binds the cursor as parameters, never in the text', async () => {
    const first = await page({ first: 3 }, byName(SortDirection.ASC));
    const second = await page({ first: 3, after: first.pageInfo.endCursor }, byName(SortDirection.ASC));
    const third = await page({ first: 3, after: second.pageInfo.endCursor }, byName(SortDirection.ASC));
    const [secondRun, thirdRun] = statements.slice(-2);
    expect(secondRun[0]).toBe(thirdRun[0]);
    expect(secondRun[1]).not.toEqual(thirdRun[1]);
    expect(secondRun[1]).toEqual([first.nodes[2].name, first.nodes[2].id]);
    expect(third.nodes.map((node) => node.id)).not.toEqual(second.nodes.map((node) => node.id));
  });

  it('never serves a filtered page a kept text, so no value of another request is baked in', async () => {
    const kept = pageTextCount(testApp.dataSource);
    for (const sector of [SECTOR_OF_TYPE[TYPES[0]], SECTOR_OF_TYPE[TYPES[1]], SECTOR_OF_TYPE[TYPES[0]]]) {
      const expected = await ids('SELECT id FROM organisation WHERE sector = $1 ORDER BY name, id LIMIT 5', [sector]);
      const qb = applyFilter(organisations(), { sector: { eq: sector } }, FIELDS);
      expect(await pageIds({ first: 5 }, byName(SortDirection.ASC), { qb })).toEqual(expected);
      expect(statements.at(-1)?.[1]).toContain(sector);
      expect(statements.at(-1)?.[0]).not.toContain(sector);
    }
    expect(pageTextCount(testApp.dataSource)).toBe(kept);
  });

  it('keys literal conditions of the caller by their text, so two of them never share a page text', async () => {
    for (const type of [...TYPES, TYPES[0]]) {
      const expected = await ids(`SELECT id FROM organisation WHERE type = $1 ORDER BY name, id LIMIT 4`, [type]);
      const qb = organisations().andWhere(`o.type = '${type}'`);
      expect(await pageIds({ first: 4 }, byName(SortDirection.ASC), { qb })).toEqual(expected);
    }
  });

  it('keys nothing it cannot see through: a join or a transaction runs its builder as before', async () => {
    const joined = organisations().leftJoin('partnership_membership', 'm', 'm.organisation_id = o.id');
    expect(builderShape(joined as unknown as SelectQueryBuilder<ObjectLiteral>)).toBeUndefined();
    await testApp.dataSource.transaction(async (manager) => {
      const qb = manager.getRepository(OrganisationEntity).createQueryBuilder('o');
      expect(builderShape(qb as unknown as SelectQueryBuilder<ObjectLiteral>)).toBeUndefined();
      const expected = await ids('SELECT id FROM organisation ORDER BY name, id LIMIT 3');
      expect(await pageIds({ first: 3 }, byName(SortDirection.ASC), { qb })).toEqual(expected);
    });
    expect(builderShape(organisations() as unknown as SelectQueryBuilder<ObjectLiteral>)).toEqual(expect.any(String));
  });

  it('keeps at most MAX_PAGE_TEXTS shapes', async () => {
    for (const columns of [undefined, ['id', 'name'], ['id', 'postcode']]) {
      for (let size = 1; size <= 90; size++) await page({ first: size }, byName(SortDirection.DESC), { columns });
    }
    expect(3 * 90).toBeGreaterThan(MAX_PAGE_TEXTS);
    expect(pageTextCount(testApp.dataSource)).toBeLessThanOrEqual(MAX_PAGE_TEXTS);
  });
});
