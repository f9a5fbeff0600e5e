import { FormControl, FormGroup } from '@angular/forms';
import { IndicatorDirection, OutcomeIndicator } from '@cg/web/data-access';
import { emptyIndicatorForm, targetAfterBaseline, toCreateIndicatorInput, toIndicatorFormValue, toUpdateIndicatorInput } from './indicator-fields';

function dates(baseline: Date | null, target: Date | null) {
  return new FormGroup(
    { baselineDate: new FormControl<Date | null>(baseline), targetDate: new FormControl<Date | null>(target) },
    { validators: targetAfterBaseline },
  );
}

describe('indicator validation: target after baseline', () => {
  it('accepts a target date after the baseline date, or either left out', () => {
    expect(dates(new Date(2025, 3, 1), new Date(2030, 2, 31)).valid).toBe(true);
    expect(dates(null, new Date(2030, 2, 31)).valid).toBe(true);
    expect(dates(new Date(2025, 3, 1), null).valid).toBe(true);
  });

  it('refuses a target on or before the baseline, with the message on the target date', () => {
    const form = dates(new Date(2025, 3, 1), new Date(2025, 3, 1));
    expect(form.hasError('targetBeforeBaseline')).toBe(true);
    expect(form.controls.targetDate.hasError('targetBeforeBaseline')).toBe(true);
    const earlier = dates(new Date(2025, 3, 1), new Date(2024, 0, 1));
    expect(earlier.valid).toBe(false);
  });

  it('clears the error once the target moves after the baseline', () => {
    const form = dates(new Date(2025, 3, 1), new Date(2024, 0, 1));
    form.controls.targetDate.setValue(new Date(2026, 0, 1));
    expect(form.valid).toBe(true);
    expect(form.controls.targetDate.errors).toBeNull();
  });
});

describe('indicator form ↔ API input', () => {
  it('creates with ISO dates and leaves out what was not given', () => {
    const input = toCreateIndicatorInput('o1', {
      ...emptyIndicatorForm(),
      name: ' Families housed ',
      unit: 'families',
      baselineValue: 120,
      baselineDate: new Date(2025, 3, 1),
      targetValue: 60,
      targetDate: new Date(2030, 2, 31),
      direction: IndicatorDirection.DECREASE,
    });
    expect(input).toEqual({
      outcomeId: 'o1',
      name: 'Families housed',
      unit: 'families',
      direction: IndicatorDirection.DECREASE,
      baselineValue: 120,
      baselineDate: '2025-04-01',
      targetValue: 60,
      targetDate: '2030-03-31',
    });
  });

  it('round-trips an indicator, sending cleared fields as null on update', () => {
    const indicator = {
      id: 'i1',
      version: 2,
      name: 'Visits',
      unit: 'visits per month',
      direction: IndicatorDirection.INCREASE,
      baselineValue: 10,
      baselineDate: '2025-01-01',
      targetValue: 50,
      targetDate: '2027-01-01',
      source: 'Door counter',
    } as unknown as OutcomeIndicator;
    const value = toIndicatorFormValue(indicator);
    expect(value.baselineDate?.getDate()).toBe(1);
    const update = toUpdateIndicatorInput('i1', 2, { ...value, source: '', targetValue: null });
    expect(update).toMatchObject({ id: 'i1', version: 2, baselineDate: '2025-01-01', targetDate: '2027-01-01', source: null, targetValue: null });
  });
});
