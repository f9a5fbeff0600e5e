import {
  dayNumber,
  expectedProgress,
  IndicatorPlan,
  indicatorProgress,
  indicatorStatus,
  latestReading,
  OutcomeStatus,
  worstStatus,
} from './outcome-progress';
import { IndicatorDirection } from './records';

// Worked by hand: a food bank aims to raise families supported from 200 (1 Jan 2026)
// to 400 (1 Jan 2027): 365 days, 200 families.
const families: IndicatorPlan = {
  direction: IndicatorDirection.INCREASE,
  baselineValue: 200,
  baselineDate: '2026-01-01',
  targetValue: 400,
  targetDate: '2027-01-01',
};

// A DECREASE target: cut A&E visits from 120 a month to 80 over the same year.
const visits: IndicatorPlan = { ...families, direction: IndicatorDirection.DECREASE, baselineValue: 120, targetValue: 80 };

describe('indicatorProgress', () => {
  it('is (latest − baseline) / (target − baseline)', () => {
    expect(indicatorProgress(families, { value: 300, date: '2026-07-02' })).toEqual({ raw: 0.5, display: 0.5 });
    expect(indicatorProgress(families, { value: 250, date: '2026-04-01' })).toEqual({ raw: 0.25, display: 0.25 });
  });

  it('counts a fall as progress for a DECREASE indicator', () => {
    // 120 → 90 is 30 of the 40 to cut: 0.75.
    expect(indicatorProgress(visits, { value: 90, date: '2026-06-01' })?.raw).toBeCloseTo(0.75);
    // 120 → 130 went the wrong way: −10 / 40.
    expect(indicatorProgress(visits, { value: 130, date: '2026-06-01' })?.raw).toBeCloseTo(-0.25);
  });

  it('keeps the raw value but clamps the display to 0–1', () => {
    expect(indicatorProgress(families, { value: 500, date: '2026-12-01' })).toEqual({ raw: 1.5, display: 1 });
    expect(indicatorProgress(families, { value: 150, date: '2026-12-01' })).toEqual({ raw: -0.25, display: 0 });
  });

  it('is null without a reading, baseline or target', () => {
    expect(indicatorProgress(families, null)).toBeNull();
    expect(indicatorProgress({ ...families, baselineValue: null }, { value: 1, date: '2026-02-01' })).toBeNull();
    expect(indicatorProgress({ ...families, targetValue: null }, { value: 1, date: '2026-02-01' })).toBeNull();
  });

  it('treats a target equal to the baseline as "hold the line"', () => {
    const hold: IndicatorPlan = { ...families, targetValue: 200 };
    expect(indicatorProgress(hold, { value: 210, date: '2026-02-01' })?.raw).toBe(1);
    expect(indicatorProgress(hold, { value: 190, date: '2026-02-01' })?.raw).toBe(0);
  });
});

describe('expectedProgress', () => {
  it('runs in a straight line from baseline date to target date', () => {
    expect(expectedProgress(families, '2026-01-01')).toBe(0);
    // 2 July 2026 is day 182 of 365.
    expect(expectedProgress(families, '2026-07-02')).toBeCloseTo(182 / 365);
    expect(expectedProgress(families, '2027-01-01')).toBe(1);
  });

  it('is 0 before the baseline and 1 after the target date', () => {
    expect(expectedProgress(families, '2025-06-01')).toBe(0);
    expect(expectedProgress(families, '2028-06-01')).toBe(1);
  });

  it('is null without both dates or with a target date not after the baseline', () => {
    expect(expectedProgress({ ...families, targetDate: null }, '2026-06-01')).toBeNull();
    expect(expectedProgress({ ...families, targetDate: '2026-01-01' }, '2026-06-01')).toBeNull();
  });

  it('counts calendar days without time-zone drift across the clocks going forward', () => {
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
  });
});

describe('indicatorStatus', () => {
  // On 2 July 2026 expected is 182/365 = 0.4986.
  it('is ON_TRACK at or above expected progress', () => {
    expect(indicatorStatus(families, { value: 300, date: '2026-07-02' })).toBe(OutcomeStatus.ON_TRACK); // 0.5
  });

  it('is AT_RISK up to 10 points below expected', () => {
    // 285 → 0.425: 7.4 points below.
    expect(indicatorStatus(families, { value: 285, date: '2026-07-02' })).toBe(OutcomeStatus.AT_RISK);
  });

  it('is AT_RISK at exactly 10 points below, OFF_TRACK beyond', () => {
    // Half way through a 20-day plan (expected 0.5): 0.4 is exactly 10 points below.
    const plan: IndicatorPlan = { ...families, targetDate: '2026-01-21' }; // 20 days
    expect(indicatorStatus(plan, { value: 280, date: '2026-01-11' })).toBe(OutcomeStatus.AT_RISK); // 0.4 vs 0.5
    expect(indicatorStatus(plan, { value: 278, date: '2026-01-11' })).toBe(OutcomeStatus.OFF_TRACK); // 0.39 vs 0.5
  });

  it('is OFF_TRACK more than 10 points below expected', () => {
    expect(indicatorStatus(families, { value: 260, date: '2026-07-02' })).toBe(OutcomeStatus.OFF_TRACK); // 0.3
  });

  it('is ACHIEVED at or beyond the target, even before the target date', () => {
    expect(indicatorStatus(families, { value: 400, date: '2026-03-01' })).toBe(OutcomeStatus.ACHIEVED);
    expect(indicatorStatus(visits, { value: 75, date: '2026-03-01' })).toBe(OutcomeStatus.ACHIEVED);
  });

  it('judges DECREASE indicators by the fall', () => {
    // Expected 0.4986; 120 → 100 is 0.5: on track. 120 → 104 is 0.4: 9.9 points below.
    expect(indicatorStatus(visits, { value: 100, date: '2026-07-02' })).toBe(OutcomeStatus.ON_TRACK);
    expect(indicatorStatus(visits, { value: 104, date: '2026-07-02' })).toBe(OutcomeStatus.AT_RISK);
    expect(indicatorStatus(visits, { value: 125, date: '2026-07-02' })).toBe(OutcomeStatus.OFF_TRACK);
  });

  it('is NO_DATA without a reading or without the plan to judge against', () => {
    expect(indicatorStatus(families, null)).toBe(OutcomeStatus.NO_DATA);
    expect(indicatorStatus({ ...families, baselineDate: null }, { value: 300, date: '2026-07-02' })).toBe(OutcomeStatus.NO_DATA);
  });
});

describe('worstStatus', () => {
  it('is the worst of the indicators', () => {
    expect(worstStatus([OutcomeStatus.ON_TRACK, OutcomeStatus.OFF_TRACK, OutcomeStatus.AT_RISK])).toBe(OutcomeStatus.OFF_TRACK);
    expect(worstStatus([OutcomeStatus.ACHIEVED, OutcomeStatus.ON_TRACK])).toBe(OutcomeStatus.ON_TRACK);
    expect(worstStatus([OutcomeStatus.ACHIEVED, OutcomeStatus.NO_DATA])).toBe(OutcomeStatus.NO_DATA);
    expect(worstStatus([OutcomeStatus.NO_DATA, OutcomeStatus.AT_RISK])).toBe(OutcomeStatus.AT_RISK);
  });

  it('is NO_DATA for an outcome with no indicators', () => {
    expect(worstStatus([])).toBe(OutcomeStatus.NO_DATA);
  });
});

describe('latestReading', () => {
  it('picks the latest date', () => {
    const readings = [
      { value: 1, date: '2026-03-01' },
      { value: 2, date: '2026-05-01' },
      { value: 3, date: '2026-04-01' },
    ];
    expect(latestReading(readings)?.value).toBe(2);
    expect(latestReading([])).toBeNull();
  });
});
