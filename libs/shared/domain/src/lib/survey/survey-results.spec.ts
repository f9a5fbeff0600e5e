import { Sector } from '../organisation-type';
import { CollaborationIndexKey, CollaborationMember } from '../network/indices';
import { PartnerRole } from '../records';
import { HIDDEN_BELOW_THRESHOLD, PartnerContribution as C, SurveyRating } from './survey';
import { anonymisedResults, surveyResults, SurveyResultsInput } from './survey-results';

/** One rating: three trust scores, three value scores, what was ticked. */
const rate = (respondentId: string, ratedId: string, trust: number[], value: number[], contributions: C[] = []): SurveyRating => ({
  respondentId,
  ratedId,
  reliability: trust[0],
  missionSupport: trust[1],
  openness: trust[2],
  influence: value[0],
  involvement: value[1],
  resources: value[2],
  contributions,
});
const all = (n: number) => [n, n, n];

const member = (organisationId: string, sector: Sector, role: PartnerRole, decisionSeat: boolean): CollaborationMember => ({
  organisationId,
  sector,
  role,
  decisionSeat,
  cashContribution: 0,
  inKindContribution: 0,
  hasLivedExperience: false,
});

// Five invited members; A, B and C answer. Every pair among A, B, C is rated both ways, and each
// of them rates D: six pairs of ten possible. E is neither rated nor answers.
const input: SurveyResultsInput = {
  invited: [
    { id: 'A', name: 'Alpha', sector: Sector.VOLUNTARY_AND_COMMUNITY },
    { id: 'B', name: 'Beta', sector: Sector.GRASSROOTS_COMMUNITY },
    { id: 'C', name: 'Council', sector: Sector.PUBLIC },
    { id: 'D', name: 'Delta', sector: Sector.PRIVATE },
    { id: 'E', name: 'Echo', sector: Sector.PRIVATE },
  ],
  respondentIds: ['A', 'B', 'C'],
  ratings: [
    rate('A', 'B', [4, 3, 2], all(3), [C.FUNDING, C.DATA]),
    rate('A', 'C', all(2), all(2), [C.DATA]),
    rate('B', 'A', all(3), all(4)),
    rate('B', 'C', all(3), all(3), [C.EXPERTISE]),
    rate('C', 'A', all(4), all(2), [C.FUNDING]),
    rate('C', 'B', all(2), all(1)),
    rate('A', 'D', all(1), all(2)),
    rate('B', 'D', all(2), all(2)),
    rate('C', 'D', all(3), all(2)),
    // Not counted: a self-rating, a rating of an outsider, and one from a member that never answered.
    rate('A', 'A', all(4), all(4)),
    rate('A', 'Z', all(4), all(4)),
    rate('E', 'A', all(1), all(1)),
  ],
  successScores: [3, 4, 2],
  collaboration: {
    members: [
      member('A', Sector.VOLUNTARY_AND_COMMUNITY, PartnerRole.LEAD, true),
      member('B', Sector.GRASSROOTS_COMMUNITY, PartnerRole.CORE_MEMBER, true),
      member('C', Sector.PUBLIC, PartnerRole.CORE_MEMBER, false),
    ],
    memberTies: [],
    outcomes: [],
    projects: [],
  },
};

describe('surveyResults on a hand-built round', () => {
  const results = surveyResults(input);

  it('counts responses and the density of reported ties', () => {
    expect(results.invitedCount).toBe(5);
    expect(results.respondentCount).toBe(3);
    expect(results.responseRate).toBeCloseTo(3 / 5);
    // AB, AC, BC, AD, BD, CD of the 10 pairs among five.
    expect(results.tiesReported).toBe(6);
    expect(results.possibleTies).toBe(10);
    expect(results.density).toBeCloseTo(0.6);
  });

  it('means trust and value over every counted score, overall and per dimension', () => {
    // Trust: A→B 9, A→C 6, B→A 9, B→C 9, C→A 12, C→B 6, A→D 3, B→D 6, C→D 9 = 69 over 27 scores.
    expect(results.meanTrust).toBeCloseTo(69 / 27);
    // Value: 9 + 6 + 12 + 9 + 6 + 3 + 6 + 6 + 6 = 63 over 27.
    expect(results.meanValue).toBeCloseTo(63 / 27);
    const dim = (d: string) => results.dimensions.find((x) => x.dimension === d)?.mean;
    expect(dim('reliability')).toBeCloseTo((4 + 2 + 3 + 3 + 4 + 2 + 1 + 2 + 3) / 9);
    expect(dim('missionSupport')).toBeCloseTo((3 + 2 + 3 + 3 + 4 + 2 + 1 + 2 + 3) / 9);
    expect(dim('openness')).toBeCloseTo((2 + 2 + 3 + 3 + 4 + 2 + 1 + 2 + 3) / 9);
    expect(dim('influence')).toBeCloseTo(21 / 9);
  });

  it('shows an organisation’s scores only when three others rated it', () => {
    const by = (id: string) => results.organisations.find((o) => o.organisationId === id);
    // D was rated by A, B and C: trust (3 + 6 + 9) / 9 = 2, value 18 / 9 = 2.
    expect(by('D')).toMatchObject({ raters: 3, trust: 2, value: 2, hiddenReason: null });
    for (const id of ['A', 'B', 'C']) expect(by(id)).toMatchObject({ raters: 2, trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD });
    expect(by('E')).toMatchObject({ raters: 0, trust: null, value: null });
  });

  it('counts contributions and success answers', () => {
    expect(results.contributions).toEqual([
      { contribution: C.FUNDING, count: 2 },
      { contribution: C.DATA, count: 2 },
      { contribution: C.EXPERTISE, count: 1 },
    ]);
    expect(results.meanSuccess).toBe(3);
    expect(results.successAnswers).toBe(3);
  });

  it('measures ego, silo and logo on the members given for the closing date', () => {
    // Lead roles: A alone; seats: A and B. Shares A (1 + ½) / 2 = ¾, B ¼: HHI = 9/16 + 1/16.
    const concentration = results.indices.find((i) => i.key === CollaborationIndexKey.LEADERSHIP_CONCENTRATION);
    expect(concentration?.value).toBeCloseTo(0.625);
    expect(results.memberSectors).toEqual([Sector.GRASSROOTS_COMMUNITY, Sector.PUBLIC, Sector.VOLUNTARY_AND_COMMUNITY]);
  });

  it('gives nulls, not NaN, for a round nobody answered', () => {
    const empty = surveyResults({ ...input, respondentIds: [], successScores: [] });
    expect(empty).toMatchObject({ responseRate: 0, density: 0, meanTrust: null, meanValue: null, meanSuccess: null });
    expect(empty.organisations.every((o) => o.trust === null && o.hiddenReason)).toBe(true);
  });
});

describe('anonymity threshold', () => {
  it('hides scores from stored results whatever they hold', () => {
    const stored = surveyResults(input);
    // As if an older or tampered copy had kept a score for an organisation two others rated.
    const leaked = { ...stored, organisations: stored.organisations.map((o) => ({ ...o, trust: 4, value: 4, hiddenReason: null })) };
    const served = anonymisedResults(leaked);
    for (const o of served.organisations) {
      if (o.raters < 3) expect(o).toMatchObject({ trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD });
      else expect(o.trust).toBe(4);
    }
  });
});
