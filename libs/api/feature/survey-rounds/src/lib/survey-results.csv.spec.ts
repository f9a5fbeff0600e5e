import { HIDDEN_BELOW_THRESHOLD, Sector, SurveyResults } from '@cg/shared/domain';
import { resultsCsv } from './survey-results.csv';

const results: SurveyResults = {
  invitedCount: 4,
  respondentCount: 3,
  responseRate: 0.75,
  tiesReported: 5,
  possibleTies: 6,
  density: 5 / 6,
  meanTrust: 28 / 9,
  meanValue: 2.5,
  dimensions: [{ dimension: 'reliability', mean: 3 }],
  meanSuccess: 3,
  successAnswers: 3,
  contributions: [],
  organisations: [
    { organisationId: 'a', name: '=HYPERLINK("x")', sector: Sector.PUBLIC, raters: 3, trust: 2.333, value: 2, hiddenReason: null },
    { organisationId: 'b', name: 'Beta', sector: Sector.PRIVATE, raters: 2, trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD },
  ],
  indices: [],
  memberSectors: [],
};

describe('resultsCsv', () => {
  const csv = resultsCsv(results, '2026-12-31');

  it('writes the aggregates, rounded, one figure a row', () => {
    expect(csv.split('\n')[0]).toBe('"section","measure","value","note"');
    expect(csv).toContain('"response","response rate","0.75"');
    expect(csv).toContain('"trust","mean trust","3.11","1–4"');
    expect(csv).toContain('"network","density","0.83"');
  });

  it('gives per-organisation scores only with three raters, and defuses formulas', () => {
    expect(csv).toContain(`"organisation","'=HYPERLINK(""x"")","trust 2.33; value 2","rated by 3 others"`);
    expect(csv).toContain(`"organisation","Beta","","${HIDDEN_BELOW_THRESHOLD}"`);
  });
});
