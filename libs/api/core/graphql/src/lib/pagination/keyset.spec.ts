import { SortDirection } from '../sorting/sort-direction';
import { SortSpec } from '../sorting/sort-spec';
import { SqlParams } from '../sql/sql-params';
import { afterCursor, reverseKey, withTiebreaker } from './keyset';

const { ASC, DESC } = SortDirection;

function build(keys: SortSpec[], values: (string | null)[]) {
  const params = new SqlParams('c');
  return { sql: afterCursor(keys, values, params), params: params.values };
}

describe('withTiebreaker', () => {
  it('appends the id in the direction of the last key', () => {
    expect(withTiebreaker([{ sql: 'o.name', direction: DESC }], 'o.id')).toEqual([
      { sql: 'o.name', direction: DESC },
      { sql: 'o.id', direction: DESC },
    ]);
    expect(withTiebreaker([], 'o.id')).toEqual([{ sql: 'o.id', direction: ASC }]);
  });
});

describe('reverseKey', () => {
  it('flips the direction and any explicit NULL placement', () => {
    expect(reverseKey({ sql: 'a', direction: ASC })).toEqual({ sql: 'a', direction: DESC });
    expect(reverseKey({ sql: 'a', direction: DESC, nulls: 'LAST' })).toEqual({
      sql: 'a',
      direction: ASC,
      nulls: 'FIRST',
    });
  });
});

describe('afterCursor', () => {
  it('uses one row-value comparison when all keys run the same way', () => {
    expect(
      build(
        [
          { sql: 'o.name', direction: ASC },
          { sql: 'o.id', direction: ASC },
        ],
        ['Acme', 'id-1'],
      ),
    ).toEqual({
      sql: '(o.name, o.id) > (:c_0, :c_1)',
      params: { c_0: 'Acme', c_1: 'id-1' },
    });
    expect(
      build(
        [
          { sql: 'o.created_at', direction: DESC },
          { sql: 'o.id', direction: DESC },
        ],
        ['t', 'id-1'],
      ).sql,
    ).toBe('(o.created_at, o.id) < (:c_0, :c_1)');
  });

  it('expands into per-key comparisons when directions are mixed', () => {
    const keys: SortSpec[] = [
      { sql: 'o.type', direction: ASC },
      { sql: 'o.name', direction: DESC },
      { sql: 'o.id', direction: DESC },
    ];
    expect(build(keys, ['CHARITY', 'Acme', 'id-1'])).toEqual({
      sql: 'o.type > :c_2 OR (o.type = :c_2 AND (o.name < :c_1 OR (o.name = :c_1 AND (o.id < :c_0))))',
      params: { c_0: 'id-1', c_1: 'Acme', c_2: 'CHARITY' },
    });
  });

  it('lets NULLs follow every value when a nullable key sorts NULLS LAST', () => {
    const keys: SortSpec[] = [
      { sql: 'o.postcode', direction: ASC, nulls: 'LAST' },
      { sql: 'o.id', direction: ASC },
    ];
    expect(build(keys, ['LS1', 'id-1']).sql).toBe(
      '(o.postcode > :c_1 OR o.postcode IS NULL) OR (o.postcode = :c_1 AND (o.id > :c_0))',
    );
    // From a NULL, only other NULLs with a larger id come next.
    expect(build(keys, [null, 'id-1']).sql).toBe('FALSE OR (o.postcode IS NULL AND (o.id > :c_0))');
  });

  it('moves from NULLs on to values when NULLs come first', () => {
    const keys: SortSpec[] = [
      { sql: 'o.postcode', direction: ASC, nulls: 'FIRST' },
      { sql: 'o.id', direction: ASC },
    ];
    expect(build(keys, [null, 'id-1']).sql).toBe('o.postcode IS NOT NULL OR (o.postcode IS NULL AND (o.id > :c_0))');
    expect(build(keys, ['LS1', 'id-1']).sql).toBe('o.postcode > :c_1 OR (o.postcode = :c_1 AND (o.id > :c_0))');
  });
});
