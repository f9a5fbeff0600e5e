import { signal } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { Result } from '@cg/shared/domain';
import { FormProblem, applyFieldErrors, describeError } from './graphql-problem';

export interface RecordSaveOptions<T> {
  readonly form: FormGroup;
  /** The version the form was opened on (0 for a new record). */
  readonly openedVersion: () => number;
  /** Creates or updates the record, saving on top of `version`. */
  readonly save: (version: number) => Promise<Result<T>>;
  /** After a save worked; a follow-up step may return a promise, and `saving` holds until it settles. */
  readonly saved: (record: T) => void | Promise<void>;
  /** Controls the form owns beside `form` (a new person's role, a search box), checked and touched with it. */
  readonly alsoCheck?: () => readonly AbstractControl[];
  /** A reason beyond the validators not to save yet (no organisation picked from the list). */
  readonly incomplete?: () => boolean;
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
 * Every record form saves through it (organisation, partnership, member, project, person,
 * participant, outcome, indicator, reading, story).
 *
 * The rule for "Save" after a CONFLICT, one for every form: the conflict notice has told the
 * person that someone else saved version N, so pressing Save again (with or without changing an
 * answer) is their choice to save on top of N, exactly as "Keep mine". It never saves on top of a
 * version they have not been told about: if yet another save landed meanwhile, the API answers
 * CONFLICT again with the newer version, and the notice says so. "Reload" forgets N.
 *
 * A form with a second write on the same record (ending a relationship) sends it through `also`,
 * so it follows the same rule, and "Keep mine" repeats whichever write met the conflict.
 */
export class RecordSave<T> {
  readonly saving = signal(false);
  readonly problem = signal<FormProblem | null>(null);
  /** After a CONFLICT, saving again goes on top of the current version, not the one opened. */
  private conflictVersion: number | null = null;
  private reloading = false;
  /** The write that met the last problem, for "Keep mine" to repeat. */
  private lastWrite: (version: number) => Promise<void> = (version) => this.save(version);

  constructor(private readonly options: RecordSaveOptions<T>) {}

  async submit(): Promise<void> {
    const { form, openedVersion, focusFirstInvalid, alsoCheck, incomplete } = this.options;
    const controls = [form, ...(alsoCheck?.() ?? [])];
    controls.forEach((control) => control.markAllAsTouched());
    if (controls.some((control) => control.invalid) || incomplete?.()) {
      this.problem.set(null);
      // After the touched fields have rendered as invalid.
      queueMicrotask(focusFirstInvalid);
      return;
    }
    await this.save(this.conflictVersion ?? openedVersion());
  }

  /**
   * Another write on the same record (end, archive), on top of the same version as a save would
   * be: no check of the answers, and `done` instead of `saved` when it worked.
   */
  async also<R>(write: (version: number) => Promise<Result<R>>, done: (value: R) => void | Promise<void>): Promise<void> {
    await this.write(this.conflictVersion ?? this.options.openedVersion(), write, done);
  }

  async keepMine(): Promise<void> {
    const version = this.problem()?.currentVersion;
    if (version != null) await this.lastWrite(version);
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

  private save(version: number): Promise<void> {
    return this.write(version, this.options.save, this.options.saved);
  }

  private async write<R>(
    version: number,
    write: (version: number) => Promise<Result<R>>,
    done: (value: R) => void | Promise<void>,
  ): Promise<void> {
    const { form, fieldAliases, failed } = this.options;
    // A second press while the first is on its way would save twice.
    if (this.saving()) return;
    this.lastWrite = (next) => this.write(next, write, done);
    this.saving.set(true);
    this.problem.set(null);
    const result = await write(version);
    if (result.ok) {
      this.conflictVersion = null;
      form.markAsPristine();
      try {
        await done(result.value);
      } finally {
        this.saving.set(false);
      }
      return;
    }
    this.saving.set(false);
    const problem = describeError(result.error);
    this.problem.set(problem);
    this.conflictVersion = problem.currentVersion;
    applyFieldErrors(form, problem, fieldAliases);
    failed?.(problem);
  }
}
