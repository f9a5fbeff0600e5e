import { SqlParams } from './sql-params';

describe('SqlParams', () => {
  it('binds values under fresh names, skipping names the query already uses', () => {
    const params = new SqlParams('f', (name) => name === 'f_1');
    expect(params.bind('a')).toBe(':f_0');
    expect(params.bind('b')).toBe(':f_2');
    expect(params.values).toEqual({ f_0: 'a', f_2: 'b' });
  });

  it('renames the parameters of a hand-written condition, leaving casts and longer names alone', () => {
    const params = new SqlParams('f');
    const sql = params.adopt({
      sql: 'x.id = :id AND x.ids && :ids AND x.kind IN (:...id) AND x.at::text = :id',
      params: { id: 1, ids: [2] },
    });
    expect(sql).toBe('x.id = :f_0 AND x.ids && :f_1 AND x.kind IN (:...f_0) AND x.at::text = :f_0');
    expect(params.values).toEqual({ f_0: 1, f_1: [2] });
  });

  it('gives two uses of the same hand-written condition different names', () => {
    const params = new SqlParams('f');
    const first = params.adopt({ sql: 'a = :v', params: { v: 1 } });
    const second = params.adopt({ sql: 'a = :v', params: { v: 2 } });
    expect(first).not.toBe(second);
    expect(params.values).toEqual({ f_0: 1, f_1: 2 });
  });

  it('refuses parameter names TypeORM would not recognise', () => {
    expect(() => new SqlParams('f').adopt({ sql: 'a = :my-name', params: { 'my-name': 1 } })).toThrow(
      /letters, digits/,
    );
  });
});
