import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * A form-group validator: the date in control `last` may not come before the one in `first`
 * (an end before its start). Fails with `dateOrder`; either date missing passes.
 */
export function datesInOrder(first: string, last: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const from = group.get(first)?.value as Date | null;
    const to = group.get(last)?.value as Date | null;
    return from instanceof Date && to instanceof Date && to < from ? { dateOrder: true } : null;
  };
}
