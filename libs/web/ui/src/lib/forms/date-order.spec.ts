import { FormControl, FormGroup } from '@angular/forms';
import { datesInOrder } from './date-order';

describe('datesInOrder', () => {
  it('refuses an end before the start, and allows the same day', () => {
    const group = new FormGroup(
      { startDate: new FormControl<Date | null>(new Date(2026, 5, 1)), endDate: new FormControl<Date | null>(new Date(2026, 4, 31)) },
      { validators: datesInOrder('startDate', 'endDate') },
    );
    expect(group.hasError('dateOrder')).toBe(true);
    group.controls.endDate.setValue(new Date(2026, 5, 1));
    expect(group.hasError('dateOrder')).toBe(false);
  });

  it('lets either date be left out', () => {
    const group = new FormGroup(
      { fromDate: new FormControl<Date | null>(null), toDate: new FormControl<Date | null>(new Date(2025, 5, 1)) },
      { validators: datesInOrder('fromDate', 'toDate') },
    );
    expect(group.hasError('dateOrder')).toBe(false);
  });
});
