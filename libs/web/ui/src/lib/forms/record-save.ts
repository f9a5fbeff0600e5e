import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { Result } from '@cg/shared/domain';
import { FormProblem, applyFieldErrors, describeError } from './graphql-problem';

export interface RecordSaveOptions<T> {
  readonly form: FormGroup;
  /** The version the form was opened on (0 for a new record). */
  readonly openedVersion: () => number;
  /** Creates or updates the record, saving on top of `version`. */
  readonly save: (version: number) => Promise<Result<T>>;
  readonly saved: (record: T) => void;
  /** Asks the page to fetch the record again, after "Reload". */
  readonly refetch: () => void;
  /** Takes the focus to the first answer that needs changing. */
  readonly focusFirstInvalid: () => void;
  /** The API's field names that differ from the form's control names. */
  readonly fieldAliases?: Readonly<Record<string, string>>;
  /** After a failed save is shown, for what the form owns beyond its group (a search box's text). */
  readonly failed?: (problem: FormProblem) => void;
}

/**
 * A record form's save flow: check, save on top of the right version, show what went wrong,
 * and the two ways on from a CONFLICT ("Reload" theirs, or "Keep mine"). Owns `saving` and
 * `problem` for the template; the form keeps only what is its own (fields, inputs, payloads).
 */
export class RecordSave<T> {
  readonly saving = signal(false);
  readonly problem = signal<FormProblem | null>(null);
  /** After a CONFLICT, saving again goes on top of the current version, not the one opened. */
  private conflictVersion: number | null = null;
  private reloading = false;

  constructor(private readonly options: RecordSaveOptions<T>) {}

  async submit(): Promise<void> {
    const { form, openedVersion, focusFirstInvalid } = this.options;
    form.markAllAsTouched();
    if (form.invalid) {
      this.problem.set(null);
      // After the touched fields have rendered as invalid.
      queueMicrotask(focusFirstInvalid);
      return;
    }
    await this.save(this.conflictVersion ?? openedVersion());
  }

  async keepMine(): Promise<void> {
    const version = this.problem()?.currentVersion;
    if (version != null) await this.save(version);
  }

  reload(): void {
    this.reloading = true;
    this.problem.set(null);
    this.conflictVersion = null;
    this.options.form.markAsPristine();
    this.options.refetch();
  }

  /**
   * Whether a freshly loaded record should replace the answers: while they are untouched,
   * and once after "Reload" (which this call then settles).
   */
  takesLoadedRecord(): boolean {
    if (!this.options.form.pristine && !this.reloading) return false;
    this.reloading = false;
    return true;
  }

  private async save(version: number): Promise<void> {
    const { form, save, saved, fieldAliases, failed } = this.options;
    this.saving.set(true);
    this.problem.set(null);
    const result = await save(version);
    this.saving.set(false);
    if (result.ok) {
      this.conflictVersion = null;
      form.markAsPristine();
      saved(result.value);
      return;
    }
    const problem = describeError(result.error);
    this.problem.set(problem);
    this.conflictVersion = problem.currentVersion;
    applyFieldErrors(form, problem, fieldAliases);
    failed?.(problem);
  }
}
