import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { graphqlErrorsOf } from '@cg/web/ui';

/** The API's rule for new passwords. */
export const MIN_PASSWORD_LENGTH = 12;

/** On the group: the repeated password must match the first. */
export function passwordsMatch(first: string, second: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeat = group.get(second);
    if (!repeat) return null;
    const mismatch = !!repeat.value && group.get(first)?.value !== repeat.value;
    const others = { ...(repeat.errors ?? {}) };
    delete others['mismatch'];
    if (mismatch) repeat.setErrors({ ...others, mismatch: true });
    else repeat.setErrors(Object.keys(others).length ? others : null);
    return null;
  };
}

/** The API's own sentence for an account-link refusal (it writes them for people), or null. */
export function serverSentence(error: unknown): string | null {
  const [first] = graphqlErrorsOf(error);
  return first?.message ?? null;
}
