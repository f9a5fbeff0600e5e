import { CollaborationIndex, CollaborationInput, collaborationIndices } from './indices';

/** The most months one series covers (ten years), so a request cannot ask for an unbounded sweep. */
export const MAX_SERIES_MONTHS = 120;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The days a monthly series is measured on: the last day of each month from `from`'s month to
 * `to`'s, with `to` itself as the last point when it is not a month end (so the series ends
 * "today"). Days are YYYY-MM-DD; the latest MAX_SERIES_MONTHS points are kept.
 */
export function monthEnds(from: string, to: string): string[] {
  if (from > to) return [];
  const [fy, fm] = from.split('-').map(Number);
  const days: string[] = [];
  for (let y = fy, m = fm; ; m++) {
    if (m > 12) {
      y++;
      m = 1;
    }
    // Day 0 of the next month is the last day of this one.
    const end = iso(new Date(Date.UTC(y, m, 0)));
    if (end >= to) {
      days.push(to);
      break;
    }
    days.push(end);
  }
  return days.slice(-MAX_SERIES_MONTHS);
}

/** A partnership as its records stood on one day. */
export interface GrowthPoint {
  day: string;
  memberCount: number;
  sectorCount: number;
  /** Distinct pairs of members tied beyond the partnership on the day. */
  tieCount: number;
  /** tieCount over the pairs possible, n(n − 1) / 2; null with fewer than two members. */
  density: number | null;
  indices: CollaborationIndex[];
}

/** The figures of one point from the collaboration input as it stood on its day. */
export function growthPoint(day: string, input: CollaborationInput): GrowthPoint {
  const ids = new Set(input.members.map((m) => m.organisationId));
  const pairs = new Set(
    input.memberTies
      .filter((t) => t.a !== t.b && ids.has(t.a) && ids.has(t.b))
      .map((t) => (t.a < t.b ? `${t.a} ${t.b}` : `${t.b} ${t.a}`)),
  );
  const n = ids.size;
  return {
    day,
    memberCount: n,
    sectorCount: new Set(input.members.map((m) => m.sector)).size,
    tieCount: pairs.size,
    density: n >= 2 ? pairs.size / ((n * (n - 1)) / 2) : null,
    indices: collaborationIndices(input),
  };
}
