import { Sector } from '../organisation-type';
import { PartnerRole } from '../records';
import { growthPoint, MAX_SERIES_MONTHS, monthEnds } from './growth-series';
import { CollaborationIndexKey, CollaborationMember } from './indices';

const member = (organisationId: string, sector: Sector, extra: Partial<CollaborationMember> = {}): CollaborationMember => ({
  organisationId,
  sector,
  role: PartnerRole.CORE_MEMBER,
  decisionSeat: false,
  cashContribution: 0,
  inKindContribution: 0,
  hasLivedExperience: false,
  ...extra,
});
const none = { outcomes: [], projects: [] };

describe('month ends of a series', () => {
  it('takes the last day of each month, leap February included, and ends on the last day asked', () => {
    expect(monthEnds('2024-01-15', '2024-05-31')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    expect(monthEnds('2023-11-01', '2024-01-10')).toEqual(['2023-11-30', '2023-12-31', '2024-01-10']);
    expect(monthEnds('2025-02-03', '2025-02-03')).toEqual(['2025-02-03']);
  });

  it('is empty when the range is backwards, and keeps only the latest months of a long one', () => {
    expect(monthEnds('2024-05-01', '2024-01-01')).toEqual([]);
    const long = monthEnds('1990-01-01', '2024-06-30');
    expect(long).toHaveLength(MAX_SERIES_MONTHS);
    expect(long.at(-1)).toBe('2024-06-30');
    expect(long[0]).toBe('2014-07-31');
  });
});

/*
 * One partnership's history, worked out by hand. The SQL gives each month end the members and
 * ties that held on it (apps/api/test/as-at-date checks that against PostgreSQL); these are the
 * inputs it gives for this history:
 *   Anchor (charity, lead) and Bridge (business) from January, tied until 15 February;
 *   Corner (community group) joins in March, tied to Anchor from 10 March;
 *   Bridge leaves at the end of April.
 */
describe('a point of the series', () => {
  const anchor = member('a', Sector.VOLUNTARY_AND_COMMUNITY, { role: PartnerRole.LEAD, decisionSeat: true });
  const bridge = member('b', Sector.PRIVATE, { decisionSeat: true });
  const corner = member('c', Sector.GRASSROOTS_COMMUNITY);

  it('31 January: two members in two sectors, fully tied', () => {
    const point = growthPoint('2024-01-31', { members: [anchor, bridge], memberTies: [{ a: 'a', b: 'b' }], ...none });
    expect(point).toMatchObject({ day: '2024-01-31', memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 });
    const concentration = point.indices.find((i) => i.key === CollaborationIndexKey.LEADERSHIP_CONCENTRATION);
    expect(concentration?.value).toBeCloseTo(0.625); // shares 0.75 and 0.25
  });

  it('29 February: the tie has ended, so density falls to 0', () => {
    const point = growthPoint('2024-02-29', { members: [anchor, bridge], memberTies: [], ...none });
    expect(point).toMatchObject({ memberCount: 2, tieCount: 0, density: 0 });
  });

  it('31 March: Corner joined, one tie of three possible pairs', () => {
    const point = growthPoint('2024-03-31', {
      members: [anchor, bridge, corner],
      // The same pair twice (a relationship and a joint project) is one tied pair.
      memberTies: [
        { a: 'a', b: 'c' },
        { a: 'c', b: 'a' },
      ],
      ...none,
    });
    expect(point).toMatchObject({ memberCount: 3, sectorCount: 3, tieCount: 1 });
    expect(point.density).toBeCloseTo(1 / 3);
  });

  it('31 May: Bridge has left; a tie to a former member is not counted', () => {
    const point = growthPoint('2024-05-31', {
      members: [anchor, corner],
      memberTies: [
        { a: 'a', b: 'c' },
        { a: 'a', b: 'b' },
      ],
      ...none,
    });
    expect(point).toMatchObject({ memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 });
  });

  it('has no density with fewer than two members', () => {
    expect(growthPoint('2023-12-31', { members: [], memberTies: [], ...none })).toMatchObject({
      memberCount: 0,
      sectorCount: 0,
      density: null,
    });
    expect(growthPoint('2024-01-01', { members: [anchor], memberTies: [], ...none }).density).toBeNull();
  });
});
