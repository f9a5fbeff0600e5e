/*
 * How each place and funder figure is worked out, in the words the API descriptions and the
 * screens both use (issue #11), so the two never tell a reader different things.
 */

export const COUNTED_FUNDING_WORDS =
  'Funding counts when it is awarded or paid and not archived; pledges do not count.';

/** How a period narrows the funding figures (an as-at date would not add up a flow of grants). */
export const FUNDING_PERIOD_WORDS =
  'With a period, a grant counts when the day it was awarded falls inside it (award date, else period start, else the day recorded); organisations, active partnerships and projects are counted as they stand today, since their statuses are not kept over time.';

export const FUNDING_IN_PLACE_WORDS =
  'Funding in a place is funding to organisations whose home place lies inside, plus funding to partnerships and projects covering a place inside; each grant counted once, in full. ' +
  COUNTED_FUNDING_WORDS;

export const FUNDING_PER_HEAD_WORDS =
  'Funding per head is the funding in a place divided by its population (residents, mid-year estimate); not known when the population is not.';

/** How each figure of a place is counted: the API's field descriptions and the place map's panel. */
export const PLACE_FIGURE_WORDS = {
  population: 'Residents, as the place record gives it (mid-year estimate).',
  imdDecile: 'IMD 2019 decile of the place; 1 is the most deprived tenth.',
  organisations: 'Organisations (not archived) whose home place lies inside.',
  activePartnerships: 'Partnerships with status ACTIVE (not archived) covering at least one place inside.',
  activeProjects: 'Projects with status ACTIVE (not archived) covering at least one place inside.',
} as const;

export const COLD_SPOT_WORDS =
  'A cold spot is a place in the most deprived fifth (IMD 2019 deciles 1 and 2) with no active partnership covering it, or no funding at all.';

export const DECILE_SHARE_WORDS =
  'Each grant is spread over the places of the chosen level that its recipient’s places reach (the one containing a recipient place, or every one inside it), in proportion to their population, so the shares add up to the grant; a place’s decile is its own IMD 2019 decile. ' +
  'Funding per head is the funding in a decile divided by the population of that level’s places in the decile. ' +
  COUNTED_FUNDING_WORDS;

export const PORTFOLIO_YEAR_WORDS = {
  awarded: 'Grants by the year they were awarded (award date, else period start, else the day recorded).',
  scheduled:
    'Money by the year it is due: a grant with a schedule by its instalments’ due dates, one without in its award year.',
} as const;

export const PORTFOLIO_PLACE_WORDS =
  'Each grant spread over the local authorities its recipient’s places reach, in proportion to population.';

export const COMMITMENTS_AHEAD_WORDS = 'Unpaid instalments of counted grants due after today.';

export const GRANTEE_PARTNERSHIP_WORDS =
  'Partnerships the funder’s grantees belong to today, or that it funds directly or through their projects.';

/**
 * The one definition of co-funding, used by the portfolio's co-funders and by each grantee
 * partnership's co-funders, so a funder never reads "no other funder" beside a partnership
 * that lists one.
 */
export const CO_FUNDING_WORDS =
  'Two funders co-fund a piece of work when both have counted grants to it. A piece of work is an organisation, a project, or a partnership together with its projects and its current members: so a grant to a member of a partnership, or to one of its projects, also funds the partnership.';

export const CO_FUNDER_WORDS = `Other funders co-funding any of the work this funder funds, with the sum of their grants to that work (each grant once). ${CO_FUNDING_WORDS}`;

/** Funders in the same place are not co-funders as such: they are who could co-fund. */
export const FUNDER_OVERLAP_WORDS =
  'Funders with counted grants reaching inside the place: they fund in the same place, which is not yet co-funding the same work, and so who could co-fund instead of competing.';
