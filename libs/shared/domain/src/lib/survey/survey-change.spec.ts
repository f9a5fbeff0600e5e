import { Sector } from '../organisation-type';
import { CollaborationIndexKey } from '../network/indices';
import { describeRoundChange } from './survey-change';
import { SurveyResults } from './survey-results';

const round = (over: Partial<SurveyResults> & { concentration?: number }): SurveyResults => ({
  invitedCount: 4,
  respondentCount: 2,
  responseRate: 0.5,
  tiesReported: 2,
  possibleTies: 6,
  density: 1 / 3,
  meanTrust: 2.6,
  meanValue: 2,
  dimensions: [],
  meanSuccess: null,
  successAnswers: 0,
  contributions: [],
  organisations: [],
  memberSectors: [Sector.VOLUNTARY_AND_COMMUNITY],
  ...over,
  indices: [
    {
      key: CollaborationIndexKey.LEADERSHIP_CONCENTRATION,
      dimension: 'EGO',
      name: 'Leadership concentration',
      value: over.concentration ?? 0.5,
      explanation: '',
    },
  ],
});

describe('describeRoundChange', () => {
  it('says what moved, as in the issue', () => {
    const before = round({});
    const after = round({ meanTrust: 3.1, memberSectors: [Sector.VOLUNTARY_AND_COMMUNITY, Sector.PUBLIC, Sector.GRASSROOTS_COMMUNITY], concentration: 0.625 });
    expect(describeRoundChange(before, after)).toBe('Trust up from 2.6 to 3.1; two sectors joined; leadership more concentrated.');
  });

  it('words falls, departures and sharing', () => {
    const before = round({ meanValue: 3.04, responseRate: 1, memberSectors: [Sector.PUBLIC, Sector.PRIVATE] });
    const after = round({ meanValue: 2.5, responseRate: 0.75, memberSectors: [Sector.PUBLIC], concentration: 0.3 });
    expect(describeRoundChange(before, after)).toBe(
      'Value down from 3.0 to 2.5; response rate down from 100% to 75%; one sector left; leadership more shared.',
    );
  });

  it('ignores changes too small to show and measures one round lacks', () => {
    expect(describeRoundChange(round({ meanTrust: 2.61 }), round({ meanTrust: 2.64, meanValue: null, concentration: 0.505 }))).toBe(
      'No change since the round before.',
    );
  });
});
