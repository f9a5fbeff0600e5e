import { Sector } from '../organisation-type';
import { PartnerRole } from '../records';
import {
  blau,
  CollaborationIndexKey,
  collaborationIndices,
  CollaborationMember,
  effectiveNumber,
  hhi,
  leadershipShares,
  meanTrustAndValue,
} from './indices';

const member = (organisationId: string, extra: Partial<CollaborationMember> = {}): CollaborationMember => ({
  organisationId,
  sector: Sector.VOLUNTARY_AND_COMMUNITY,
  role: PartnerRole.CORE_MEMBER,
  decisionSeat: false,
  cashContribution: 0,
  inKindContribution: 0,
  hasLivedExperience: false,
  ...extra,
});

const byKey = (indices: ReturnType<typeof collaborationIndices>) => Object.fromEntries(indices.map((i) => [i.key, i]));

describe('concentration and diversity', () => {
  it('computes HHI and its inverse', () => {
    expect(hhi([1, 1, 1, 1])).toBeCloseTo(0.25);
    expect(hhi([10, 0, 0])).toBeCloseTo(1);
    expect(hhi([3, 1])).toBeCloseTo(0.625); // 0.75² + 0.25²
    expect(hhi([0, 0])).toBeNull();
    expect(effectiveNumber(0.25)).toBeCloseTo(4);
    expect(effectiveNumber(null)).toBeNull();
  });

  it('computes the Blau index 1 − Σp²', () => {
    expect(blau(['A', 'A', 'A'])).toBe(0);
    expect(blau(['A', 'B'])).toBeCloseTo(0.5);
    expect(blau(['A', 'B', 'C', 'C'])).toBeCloseTo(0.625);
    expect(blau([])).toBe(0);
  });

  it('averages trust and value over the ties that carry them', () => {
    expect(meanTrustAndValue([{ trust: 4, value: null }, { trust: 2, value: 5 }, {}])).toEqual({ trust: 3, value: 5 });
    expect(meanTrustAndValue([])).toEqual({ trust: null, value: null });
  });
});

describe('collaboration indices of hand-built partnerships', () => {
  it('finds a partnership led by one member concentrated and single-sector', () => {
    // A leads, holds a seat and puts in all the money; B holds the other seat; C neither.
    const members = [
      member('A', { role: PartnerRole.LEAD, decisionSeat: true, cashContribution: 100 }),
      member('B', { decisionSeat: true }),
      member('C'),
    ];
    // Shares: A (1 + ½ + 1)/3 = 5/6, B (0 + ½ + 0)/3 = 1/6, C 0.
    expect(leadershipShares(members)).toEqual([expect.closeTo(5 / 6), expect.closeTo(1 / 6), 0]);
    const indices = byKey(collaborationIndices({ members, memberTies: [], outcomes: [], projects: [] }));
    expect(indices[CollaborationIndexKey.LEADERSHIP_CONCENTRATION].value).toBeCloseTo(26 / 36);
    expect(indices[CollaborationIndexKey.LEADERSHIP_CONCENTRATION].explanation).toBe(
      '0.72: 1 of 3 members hold lead roles; 2 hold decision seats; 1 contribute resources.',
    );
    expect(indices[CollaborationIndexKey.EFFECTIVE_LEADERS].value).toBeCloseTo(36 / 26);
    expect(indices[CollaborationIndexKey.SECTOR_DIVERSITY].value).toBe(0);
    expect(indices[CollaborationIndexKey.SECTOR_DIVERSITY].explanation).toBe('1 sectors of 6 among 3 members.');
    expect(indices[CollaborationIndexKey.CROSS_SECTOR_TIES].value).toBeNull();
    expect(indices[CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE].value).toBe(0);
    expect(indices[CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE].explanation).toBe(
      '0 of 2 decision seats held by grassroots community organisations.',
    );
    expect(indices[CollaborationIndexKey.JOINT_OUTCOMES].value).toBeNull();
    expect(indices[CollaborationIndexKey.JOINT_OUTCOMES].explanation).toBe('No outcomes recorded.');
    expect(indices[CollaborationIndexKey.LEADERSHIP_CONCENTRATION].definition).toMatch(/Herfindahl/);
    expect(indices[CollaborationIndexKey.LEADERSHIP_CONCENTRATION].dimension).toBe('EGO');
  });

  it('finds an equal four-sector partnership shared, diverse and jointly owned', () => {
    const equal = { role: PartnerRole.CO_LEAD, decisionSeat: true, cashContribution: 50 };
    const members = [
      member('P', { ...equal, sector: Sector.PUBLIC }),
      member('B', { ...equal, sector: Sector.PRIVATE }),
      member('G1', { ...equal, sector: Sector.GRASSROOTS_COMMUNITY, hasLivedExperience: true }),
      member('G2', { ...equal, sector: Sector.GRASSROOTS_COMMUNITY }),
    ];
    const indices = byKey(
      collaborationIndices({
        members,
        memberTies: [{ a: 'P', b: 'B' }, { a: 'G1', b: 'G2' }, { a: 'P', b: 'outsider' }],
        outcomes: [{ contributors: 3 }, { contributors: 1 }, { contributors: 2 }],
        projects: [{ sharedLeadership: true, leads: 0 }, { sharedLeadership: false, leads: 1 }, { sharedLeadership: false, leads: 2 }],
      }),
    );
    expect(indices[CollaborationIndexKey.LEADERSHIP_CONCENTRATION].value).toBeCloseTo(0.25);
    expect(indices[CollaborationIndexKey.EFFECTIVE_LEADERS].value).toBeCloseTo(4);
    expect(indices[CollaborationIndexKey.EFFECTIVE_LEADERS].explanation).toBe(
      'Leadership is shared as if among 4 equal leaders (4 members).',
    );
    expect(indices[CollaborationIndexKey.SECTOR_DIVERSITY].value).toBeCloseTo(0.625);
    expect(indices[CollaborationIndexKey.SECTOR_DIVERSITY].explanation).toBe('3 sectors of 6 among 4 members.');
    expect(indices[CollaborationIndexKey.CROSS_SECTOR_TIES].value).toBeCloseTo(0.5);
    expect(indices[CollaborationIndexKey.CROSS_SECTOR_TIES].explanation).toBe('1 of 2 ties between members cross sectors.');
    expect(indices[CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE].value).toBeCloseTo(0.5);
    expect(indices[CollaborationIndexKey.LIVED_EXPERIENCE_IN_GOVERNANCE].value).toBeCloseTo(0.25);
    expect(indices[CollaborationIndexKey.JOINT_OUTCOMES].value).toBeCloseTo(2 / 3);
    expect(indices[CollaborationIndexKey.JOINT_OUTCOMES].explanation).toBe(
      '2 of 3 outcomes have two or more contributing organisations.',
    );
    expect(indices[CollaborationIndexKey.JOINT_PROJECTS].value).toBeCloseTo(2 / 3);
  });

  it('reports nothing to measure for a partnership without members', () => {
    const indices = collaborationIndices({ members: [], memberTies: [], outcomes: [], projects: [] });
    expect(indices).toHaveLength(8);
    expect(indices.every((i) => i.value === null)).toBe(true);
  });
});
