import { SqlParams } from '../sql/sql-params';
import { compileFilter, FilterFieldMap, MAX_FILTER_DEPTH } from './compile-filter';
import { DomainError } from '@cg/shared/domain';

interface TestFilter {
  name?: { eq?: string | null; in?: string[] | null; ilike?: string | null; contains?: string | null } | null;
  id?: { eq?: string; in?: string[] } | null;
  size?: { eq?: number; in?: number[]; gt?: number; gte?: number; lt?: number; lte?: number } | null;
  score?: { gt?: number } | null;
  founded?: { eq?: string; gte?: string; lt?: string } | null;
  createdAt?: { gte?: Date; lt?: Date } | null;
  active?: { eq?: boolean } | null;
  sector?: { eq?: string; in?: string[] } | null;
  themes?: { any?: string[]; all?: string[] } | null;
  inPlace?: string | null;
  and?: TestFilter[] | null;
  or?: TestFilter[] | null;
  not?: TestFilter | null;
}

const fields: FilterFieldMap<TestFilter> = {
  name: { column: 'o.name', kind: 'string' },
  id: { column: 'o.id', kind: 'id' },
  size: { column: 'o.size', kind: 'int' },
  score: { column: 'o.score', kind: 'float' },
  founded: { column: 'o.founded_on', kind: 'date' },
  createdAt: { column: 'o.created_at', kind: 'date' },
  active: { column: 'o.active', kind: 'boolean' },
  sector: { column: 'o.sector', kind: 'enum' },
  themes: { column: 'o.themes', kind: 'stringList' },
  inPlace: (placeId, alias) => ({
    sql: `EXISTS (SELECT 1 FROM place p WHERE p.id = ${alias}.place_id AND p.path <@ (SELECT path FROM place WHERE id = :place))`,
    params: { place: placeId },
  }),
};

function compile(filter: TestFilter) {
  const params = new SqlParams('f');
  return { sql: compileFilter(filter, fields, 'o', params), params: params.values };
}

describe('compileFilter', () => {
  it('asks for nothing when no condition is given', () => {
    expect(compile({})).toEqual({ sql: undefined, params: {} });
    expect(compile({ name: null, size: {}, and: [], id: { eq: undefined } })).toEqual({ sql: undefined, params: {} });
  });

  it('compiles each operator to a comparison with a bound value', () => {
    const createdAt = new Date('2025-01-01T00:00:00Z');
    expect(
      compile({
        name: { eq: 'Acme', in: ['A', 'B'] },
        size: { gt: 1, gte: 2, lt: 9, lte: 8, eq: 5, in: [5] },
        founded: { gte: '2020-01-01' },
        createdAt: { lt: createdAt },
        active: { eq: false },
        sector: { in: ['PUBLIC'] },
        themes: { any: ['housing'], all: ['health', 'youth'] },
      }),
    ).toEqual({
      sql: [
        '((o.name = :f_0) AND (o.name = ANY(:f_1)))',
        '((o.size > :f_2) AND (o.size >= :f_3) AND (o.size < :f_4) AND (o.size <= :f_5) AND (o.size = :f_6) AND (o.size = ANY(:f_7)))',
        '(o.founded_on >= :f_8)',
        '(o.created_at < :f_9)',
        '(o.active = :f_10)',
        '(o.sector = ANY(:f_11))',
        '((o.themes && :f_12) AND (o.themes @> :f_13))',
      ].join(' AND '),
      params: {
        f_0: 'Acme',
        f_1: ['A', 'B'],
        f_2: 1,
        f_3: 2,
        f_4: 9,
        f_5: 8,
        f_6: 5,
        f_7: [5],
        f_8: '2020-01-01',
        f_9: createdAt,
        f_10: false,
        f_11: ['PUBLIC'],
        f_12: ['housing'],
        f_13: ['health', 'youth'],
      },
    });
  });

  it('never puts a value into the SQL text, however hostile', () => {
    const { sql, params } = compile({ name: { eq: "x'; DROP TABLE organisation; --" } });
    expect(sql).toBe('o.name = :f_0');
    expect(params['f_0']).toBe("x'; DROP TABLE organisation; --");
  });

  it('escapes % and _ for contains and ilike, where * is the only wildcard', () => {
    expect(compile({ name: { contains: '100%_sure' } })).toEqual({
      sql: 'o.name ILIKE :f_0',
      params: { f_0: '%100\\%\\_sure%' },
    });
    expect(compile({ name: { ilike: 'leeds*50%' } })).toEqual({
      sql: 'o.name ILIKE :f_0',
      params: { f_0: 'leeds%50\\%' },
    });
  });

  it('combines and, or and not recursively, with a unique name for every value', () => {
    const { sql, params } = compile({
      or: [{ name: { eq: 'A' } }, { and: [{ name: { eq: 'B' } }, { not: { sector: { eq: 'PUBLIC' } } }] }],
      size: { gt: 3 },
    });
    expect(sql).toBe('((o.name = :f_0) OR ((o.name = :f_1) AND ((o.sector = :f_2) IS NOT TRUE))) AND (o.size > :f_3)');
    expect(params).toEqual({ f_0: 'A', f_1: 'B', f_2: 'PUBLIC', f_3: 3 });
  });

  it('treats an empty or as matching nothing, and an or with an empty branch as matching everything', () => {
    expect(compile({ or: [] }).sql).toBe('FALSE');
    expect(compile({ or: [{}, { name: { eq: 'A' } }] }).sql).toBe('(TRUE) OR (o.name = :f_0)');
    expect(compile({ not: {} }).sql).toBe('FALSE');
  });

  it('renames the parameters of custom conditions so two uses do not collide', () => {
    const { sql, params } = compile({ or: [{ inPlace: 'p1' }, { inPlace: 'p2' }] });
    expect(sql).toContain('id = :f_0))');
    expect(sql).toContain('id = :f_1))');
    expect(sql).toContain('p.id = o.place_id');
    expect(params).toEqual({ f_0: 'p1', f_1: 'p2' });
  });

  it(`refuses filters nested more than ${MAX_FILTER_DEPTH} levels deep`, () => {
    let filter: TestFilter = { name: { eq: 'x' } };
    for (let level = 0; level <= MAX_FILTER_DEPTH; level++) filter = { not: filter };
    expect(() => compile(filter)).toThrow(DomainError);
    expect(() => compile({ not: { not: { name: { eq: 'x' } } } })).not.toThrow();
  });

  it('reports a field map that does not fit the filter as a programming error', () => {
    expect(() =>
      compileFilter({ themes: { eq: 'x' } } as object, fields as FilterFieldMap<object>, 'o', new SqlParams('f')),
    ).toThrow(/mapped as stringList, which has no "eq"/);
    expect(() =>
      compileFilter({ colour: { eq: 'x' } } as object, fields as FilterFieldMap<object>, 'o', new SqlParams('f')),
    ).toThrow(/"colour" has no entry/);
  });
});
