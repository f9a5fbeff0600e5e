import { DomainError } from '@cg/api/core/graphql';
import { LevellingUpMission } from '@cg/shared/domain';
import { checkDateOrder, idCondition, idsOf, missionsCondition } from './list-helpers';

describe('idsOf', () => {
  it('reads eq, in, and both together (which must both hold)', () => {
    expect(idsOf({ eq: 'a' })).toEqual(['a']);
    expect(idsOf({ in: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(idsOf({ eq: 'a', in: ['a', 'b'] })).toEqual(['a']);
    expect(idsOf({ eq: 'c', in: ['a', 'b'] })).toEqual([]);
    expect(idsOf({})).toBeNull();
  });

  it('asks for nothing when the id filter is empty', () => {
    expect(idCondition({}, (ids) => `x = ANY(${ids})`)).toEqual({ sql: 'TRUE' });
    expect(idCondition({ eq: 'a' }, (ids) => `x = ANY(${ids})`)).toEqual({
      sql: 'x = ANY(:ids)',
      params: { ids: ['a'] },
    });
  });
});

describe('missionsCondition', () => {
  it('compares the enum array as text, with any and all', () => {
    const condition = missionsCondition('p.missions')({
      any: [LevellingUpMission.HEALTH],
      all: [LevellingUpMission.HOUSING],
    });
    expect(condition.sql).toBe('p.missions::text[] && :any::text[] AND p.missions::text[] @> :all::text[]');
    expect(condition.params).toEqual({ any: ['HEALTH'], all: ['HOUSING'] });
  });
});

describe('checkDateOrder', () => {
  it('allows open or ordered ranges and refuses an end before the start, naming the field', () => {
    expect(() => checkDateOrder('2024-01-01', null, 'toDate', 'fromDate')).not.toThrow();
    expect(() => checkDateOrder('2024-01-01', '2024-01-01', 'toDate', 'fromDate')).not.toThrow();
    try {
      checkDateOrder('2024-01-02', '2024-01-01', 'toDate', 'fromDate');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toDate' });
      expect((error as DomainError).message).toBe('toDate must be on or after fromDate.');
    }
  });
});
