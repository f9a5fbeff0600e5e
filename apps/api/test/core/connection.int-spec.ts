import {
  applyFilter,
  ConnectionArgsInput,
  ConnectionOf,
  encodeCursor,
  FilterFieldMap,
  paginate,
  SortDirection,
  SortSpec,
  sortFingerprint,
} from '@cg/api/core/graphql';
import { countQueries } from '@cg/api/testing';
import { DomainError, OrganisationType, Sector, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

/** A filter shaped like the GraphQL OrganisationFilter a feature would declare. */
interface OrganisationFilter {
  name?: { eq?: string; in?: string[]; ilike?: string; contains?: string };
  type?: { eq?: OrganisationType; in?: OrganisationType[] };
  sector?: { eq?: Sector; in?: Sector[] };
  createdAt?: { gte?: Date; lt?: Date };
  themes?: { any?: string[]; all?: string[] };
  and?: OrganisationFilter[];
  or?: OrganisationFilter[];
  not?: OrganisationFilter;
}

const FIELDS: FilterFieldMap<OrganisationFilter> = {
  name: { column: 'o.name', kind: 'string' },
  type: { column: 'o.type', kind: 'enum' },
  sector: { column: 'o.sector', kind: 'enum' },
  createdAt: { column: 'o.created_at', kind: 'date' },
  themes: { column: 'o.themes', kind: 'stringList' },
};

interface Row {
  name: string;
  type: OrganisationType;
  createdAt: string;
  postcode: string | null;
  themes: string[];
}

/**
 * 30 organisations built for paging edge cases: many share a type, several share a
 * name or a created_at, two differ only in microseconds, a third have no postcode, and
 * some names hold LIKE wildcards.
 */
function seedRows(): Row[] {
  const types = [
    ...Array<OrganisationType>(12).fill(OrganisationType.CHARITY),
    ...Array<OrganisationType>(8).fill(OrganisationType.BUSINESS),
    ...Array<OrganisationType>(6).fill(OrganisationType.LOCAL_AUTHORITY),
    ...Array<OrganisationType>(4).fill(OrganisationType.COMMUNITY_GROUP),
  ];
  const special = ['100% Local', '100 Local Ltd', 'A_B Trust', 'AxB Trust', 'Same Name', 'Same Name', 'Same Name'];
  return types.map((type, index) => ({
    name: special[index] ?? `Organisation ${String.fromCharCode(65 + ((index * 7) % 26))}${index}`,
    type,
    createdAt:
      index === 28
        ? '2024-06-01 12:00:00.123456+00'
        : index === 29
          ? '2024-06-01 12:00:00.123457+00'
          : `2024-01-${String(1 + (index % 5)).padStart(2, '0')} 09:00:00+00`,
    postcode: index % 3 === 0 ? null : `LS${index % 4} 1AA`,
    themes: [['housing'], ['health', 'youth'], ['housing', 'health'], []][index % 4],
  }));
}

describe('keyset pagination and filters on the organisation table', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const row of seedRows()) {
      await testApp.dataSource.query(
        'INSERT INTO organisation (name, type, sector, created_at, postcode, themes) VALUES ($1, $2, $3, $4, $5, $6)',
        [row.name, row.type, SECTOR_OF_TYPE[row.type], row.createdAt, row.postcode, row.themes],
      );
    }
  });
  afterAll(() => testApp.close());

  const organisations = () => testApp.dataSource.createQueryBuilder().select('o').from('organisation', 'o');
  const ids = (sql: string, params: unknown[] = []) =>
    testApp.dataSource.query<{ id: string }[]>(sql, params).then((rows) => rows.map((row) => row.id));

  /** A page with its totalCount counted (paginate counts only when totalCount is awaited). */
  async function page(
    args: ConnectionArgsInput,
    sort: SortSpec[],
    filter?: OrganisationFilter,
  ): Promise<ConnectionOf<{ id: string; name: string }> & { totalCount: number }> {
    const result: ConnectionOf<{ id: string; name: string }> = await paginate(applyFilter(organisations(), filter, FIELDS), {
      args,
      sort,
      idColumn: 'o.id',
    });
    return { ...result, totalCount: await result.totalCount };
  }

  /** Follows endCursor (or startCursor backwards) to the end, collecting ids in list order. */
  async function walk(
    sort: SortSpec[],
    size: number,
    backward: boolean,
    filter?: OrganisationFilter,
  ): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const result = await page(
        backward ? { last: size, before: cursor } : { first: size, after: cursor },
        sort,
        filter,
      );
      expect(result.nodes.length).toBeLessThanOrEqual(size);
      expect(result.edges.map((edge) => edge.node)).toEqual(result.nodes);
      const pageIds = result.nodes.map((node) => node.id);
      if (backward) seen.unshift(...pageIds);
      else seen.push(...pageIds);
      const more = backward ? result.pageInfo.hasPreviousPage : result.pageInfo.hasNextPage;
      if (pages > 0) expect(backward ? result.pageInfo.hasNextPage : result.pageInfo.hasPreviousPage).toBe(true);
      if (!more) return seen;
      cursor = (backward ? result.pageInfo.startCursor : result.pageInfo.endCursor) ?? undefined;
    }
    throw new Error('paging did not end');
  }

  const byName: SortSpec[] = [{ sql: 'o.name', direction: SortDirection.ASC }];

  it('pages forwards through every row exactly once, in order', async () => {
    const expected = await ids('SELECT id FROM organisation ORDER BY name ASC, id ASC');
    expect(expected).toHaveLength(30);
    const first = await page({ first: 7 }, byName);
    expect(first.totalCount).toBe(30);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[6].cursor);
    expect(await walk(byName, 7, false)).toEqual(expected);
  });

  it('pages backwards with last/before to the same rows in the same order', async () => {
    const expected = await ids('SELECT id FROM organisation ORDER BY name ASC, id ASC');
    const last = await page({ last: 7 }, byName);
    expect(last.nodes.map((node) => node.id)).toEqual(expected.slice(-7));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await walk(byName, 7, true)).toEqual(expected);
  });

  it('takes the 25 first rows when neither first nor last is given, and none for first: 0', async () => {
    expect((await page({}, byName)).nodes).toHaveLength(25);
    const none = await page({ first: 0 }, byName);
    expect(none).toMatchObject({ nodes: [], edges: [], totalCount: 30 });
    expect(none.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('pages a mixed ASC/DESC order with many ties the same both ways', async () => {
    const mixed: SortSpec[] = [
      { sql: 'o.type', direction: SortDirection.ASC },
      { sql: 'o.created_at', direction: SortDirection.DESC },
    ];
    const expected = await ids('SELECT id FROM organisation ORDER BY type ASC, created_at DESC, id DESC');
    for (const size of [1, 4, 11]) {
      expect(await walk(mixed, size, false)).toEqual(expected);
      expect(await walk(mixed, size, true)).toEqual(expected);
    }
  });

  it('pages over a nullable key with NULLs placed first or last', async () => {
    for (const nulls of ['FIRST', 'LAST'] as const) {
      for (const direction of [SortDirection.ASC, SortDirection.DESC]) {
        const sort: SortSpec[] = [
          { sql: 'o.postcode', direction, nulls },
          { sql: 'o.name', direction: SortDirection.ASC },
        ];
        const expected = await ids(
          `SELECT id FROM organisation ORDER BY postcode ${direction} NULLS ${nulls}, name ASC, id ASC`,
        );
        expect(await walk(sort, 4, false)).toEqual(expected);
        expect(await walk(sort, 4, true)).toEqual(expected);
      }
    }
  });

  it('keeps timestamps to the microsecond in cursors', async () => {
    const newest: SortSpec[] = [{ sql: 'o.created_at', direction: SortDirection.DESC }];
    const first = await page({ first: 1 }, newest);
    const second = await page({ first: 1, after: first.pageInfo.endCursor }, newest);
    const expected = await ids('SELECT id FROM organisation ORDER BY created_at DESC, id DESC LIMIT 2');
    expect([first.nodes[0].id, second.nodes[0].id]).toEqual(expected);
  });

  it('counts only the filtered rows, on every page', async () => {
    const filter: OrganisationFilter = { sector: { eq: Sector.VOLUNTARY_AND_COMMUNITY } };
    const expected = await ids(
      "SELECT id FROM organisation WHERE sector = 'VOLUNTARY_AND_COMMUNITY' ORDER BY name, id",
    );
    expect(expected).toHaveLength(12);
    const first = await page({ first: 5 }, byName, filter);
    const second = await page({ first: 5, after: first.pageInfo.endCursor }, byName, filter);
    expect([first.totalCount, second.totalCount]).toEqual([12, 12]);
    expect(await walk(byName, 5, false, filter)).toEqual(expected);
  });

  it.each<[string, OrganisationFilter, string]>([
    [
      'or',
      { or: [{ type: { eq: OrganisationType.BUSINESS } }, { name: { contains: 'trust' } }] },
      "type = 'BUSINESS' OR name ILIKE '%trust%'",
    ],
    [
      'and with not',
      { and: [{ sector: { in: [Sector.PUBLIC, Sector.PRIVATE] } }, { not: { themes: { any: ['housing'] } } }] },
      "sector IN ('PUBLIC', 'PRIVATE') AND NOT (themes && '{housing}')",
    ],
    [
      'not of or, next to a field',
      {
        not: { or: [{ type: { eq: OrganisationType.CHARITY } }, { name: { ilike: 'same*' } }] },
        themes: { all: ['health'] },
      },
      "NOT (type = 'CHARITY' OR name ILIKE 'same%') AND themes @> '{health}'",
    ],
    [
      'a date range',
      { createdAt: { gte: new Date('2024-01-02T00:00:00Z'), lt: new Date('2024-01-04T00:00:00Z') } },
      "created_at >= '2024-01-02 00:00:00+00' AND created_at < '2024-01-04 00:00:00+00'",
    ],
    ['an empty or', { or: [] }, 'FALSE'],
  ])('filters with %s as the equivalent SQL does', async (_case, filter, where) => {
    const expected = await ids(`SELECT id FROM organisation WHERE ${where} ORDER BY name, id`);
    expect(expected.length).toBeLessThan(30);
    const result = await page({ first: 200 }, byName, filter);
    expect(result.nodes.map((node) => node.id)).toEqual(expected);
    expect(await result.totalCount).toBe(expected.length);
  });

  it('treats % and _ in the search text literally', async () => {
    const names = async (filter: OrganisationFilter) =>
      (await page({ first: 50 }, byName, filter)).nodes.map((node) => node.name);
    expect(await names({ name: { contains: '100%' } })).toEqual(['100% Local']);
    expect(await names({ name: { ilike: '100% LOCAL' } })).toEqual(['100% Local']);
    expect(await names({ name: { contains: 'a_b' } })).toEqual(['A_B Trust']);
    expect((await names({ name: { ilike: '100*local*' } })).sort()).toEqual(['100 Local Ltd', '100% Local']);
  });

  it('narrows a query that already has OR conditions as a whole', async () => {
    const qb = organisations()
      .where('o.type = :first', { first: OrganisationType.BUSINESS })
      .orWhere('o.type = :second', { second: OrganisationType.LOCAL_AUTHORITY });
    const filtered = applyFilter(qb, { name: { contains: 'organisation' } }, FIELDS);
    const result = await paginate(filtered, { args: { first: 3 }, sort: byName, idColumn: 'o.id' });
    const expected = await ids(
      "SELECT id FROM organisation WHERE type IN ('BUSINESS', 'LOCAL_AUTHORITY') AND name ILIKE '%organisation%' ORDER BY name, id",
    );
    const next = await paginate(filtered, {
      args: { first: 50, after: result.pageInfo.endCursor },
      sort: byName,
      idColumn: 'o.id',
    });
    expect([...result.nodes, ...next.nodes].map((node) => node.id)).toEqual(expected);
    expect(await result.totalCount).toBe(expected.length);
  });

  it('returns raw rows through map when asked', async () => {
    const qb = testApp.dataSource
      .createQueryBuilder()
      .select('o.id', 'id')
      .addSelect('o.name', 'name')
      .from('organisation', 'o');
    const result = await paginate(qb, {
      args: { first: 2 },
      sort: byName,
      idColumn: 'o.id',
      rows: 'raw',
      map: (row) => `${String(row['name'])}#${String(row['id'])}`,
    });
    const expected = await testApp.dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM organisation ORDER BY name, id LIMIT 2',
    );
    expect(result.nodes).toEqual(expected.map((row) => `${row.name}#${row.id}`));
  });

  it('uses two statements per page: the page and the count', async () => {
    const counter = countQueries(testApp.dataSource);
    await page({ first: 5 }, byName, {
      or: [{ type: { eq: OrganisationType.BUSINESS } }, { name: { contains: 'x' } }],
    });
    expect(counter.stop()).toBe(2);
    expect(counter.queries.some((sql) => /COUNT\(\*\)/.test(sql))).toBe(true);
  });

  describe('a bad cursor', () => {
    async function rejection(args: ConnectionArgsInput, sort = byName): Promise<DomainError> {
      try {
        await page(args, sort);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a rejection');
    }

    it('that is not a cursor at all is BAD_USER_INPUT naming the argument', async () => {
      const error = await rejection({ first: 5, after: 'not-a-cursor' });
      expect(error).toBeInstanceOf(DomainError);
      expect(error.message).toBe('The cursor "not-a-cursor" is not valid for this list.');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('from a list in another order is BAD_USER_INPUT', async () => {
      const other = await page({ first: 1 }, [{ sql: 'o.created_at', direction: SortDirection.DESC }]);
      const error = await rejection({ last: 5, before: other.pageInfo.endCursor });
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'before' });
    });

    it('edited to hold a value of the wrong type is BAD_USER_INPUT, not a server error', async () => {
      const byCreated: SortSpec[] = [{ sql: 'o.created_at', direction: SortDirection.ASC }];
      const keys = [...byCreated, { sql: 'o.id', direction: SortDirection.ASC }];
      const forged = encodeCursor(sortFingerprint(keys), ['banana', '00000000-0000-4000-8000-000000000000']);
      const error = await rejection({ first: 5, after: forged }, byCreated);
      expect(error).toBeInstanceOf(DomainError);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it('refuses first and last together, and pages bigger than the limit', async () => {
    await expect(page({ first: 5, last: 5 }, byName)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'last' },
    });
    await expect(page({ first: 201 }, byName)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });
});
