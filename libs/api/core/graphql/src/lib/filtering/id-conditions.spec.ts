import { idCondition, idsOf, linkedPlaceWithin, placeWithin } from './id-conditions';

describe('idsOf', () => {
  it('reads eq, in, and both together, which must both hold (their intersection)', () => {
    expect(idsOf({ eq: 'a' })).toEqual(['a']);
    expect(idsOf({ in: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(idsOf({ eq: 'a', in: ['a', 'b'] })).toEqual(['a']);
    expect(idsOf({ eq: 'c', in: ['a', 'b'] })).toEqual([]);
    expect(idsOf({ eq: 'a', in: [] })).toEqual([]);
    expect(idsOf({})).toBeNull();
    expect(idsOf({ eq: null, in: null })).toBeNull();
  });
});

describe('idCondition', () => {
  it('asks for nothing when the id filter is empty, and binds the allowed ids otherwise', () => {
    expect(idCondition({}, (ids) => `x = ANY(${ids})`)).toEqual({ sql: 'TRUE' });
    expect(idCondition({ eq: 'a' }, (ids) => `x = ANY(${ids})`)).toEqual({
      sql: 'x = ANY(:ids)',
      params: { ids: ['a'] },
    });
    expect(idCondition({ eq: 'c', in: ['a'] }, (ids) => `x = ANY(${ids})`)).toEqual({
      sql: 'x = ANY(:ids)',
      params: { ids: [] },
    });
  });
});

describe('placeWithin', () => {
  it('tests ltree ancestry against the places named', () => {
    const condition = placeWithin('o.home_place_id', { in: ['p1'] });
    expect(condition.sql).toContain('o.home_place_id IN (SELECT d.id FROM place d WHERE d.path <@ ARRAY(');
    expect(condition.params).toEqual({ ids: ['p1'] });
  });
});

describe('linkedPlaceWithin', () => {
  it('follows the link table from the record to its places', () => {
    const condition = linkedPlaceWithin('project_place', 'project_id', 'p', { eq: 'p1' });
    expect(condition.sql).toContain('EXISTS (SELECT 1 FROM project_place lp WHERE lp.project_id = p.id AND lp.place_id IN (');
    expect(condition.params).toEqual({ ids: ['p1'] });
  });

  it('asks nothing of a filter that names no place', () => {
    expect(linkedPlaceWithin('project_place', 'project_id', 'p', {})).toEqual({ sql: 'TRUE' });
  });
});
