import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivityEntry, ActivityLogStore, CreateActivityInput } from '@cg/web/data-access';
import {
  ActivityChoices,
  ActivityFields,
  ActivityFormValue,
  NO_ACTIVITY_CHOICES,
  createActivityForm,
  toActivityFields,
} from '@cg/web/sections';
import { FormProblem, FormProblemNotice, PickerOption, SearchSelectOption, applyFieldErrors, describeError } from '@cg/web/ui';

/** The form's answers as the API's input for one project. */
export function toActivityInput(
  projectId: string,
  ownerOrganisationId: string | null,
  value: ActivityFormValue,
  choices: ActivityChoices,
): CreateActivityInput {
  return { projectId, ...(ownerOrganisationId ? { ownerOrganisationId } : {}), ...toActivityFields(value, choices) };
}

/**
 * "Log an activity" in seconds: the date is today and the kind a meeting unless changed, so a
 * title is enough; organisations, people, attendance and place are there when they matter.
 */
@Component({
  selector: 'cg-quick-activity-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActivityFields, FormProblemNotice, MatButton, ReactiveFormsModule],
  templateUrl: './quick-activity-form.html',
  styleUrl: './quick-activity-form.scss',
})
export class QuickActivityForm {
  private readonly log = inject(ActivityLogStore);

  readonly projectId = input.required<string>();
  /** The organisation the entry is recorded for (the person's own). */
  readonly ownerOrganisationId = input<string | null>(null);
  /** The project's participants, offered before anything is typed. */
  readonly participants = input<readonly PickerOption[]>([]);
  readonly logged = output<ActivityEntry>();

  protected readonly form = createActivityForm();
  protected readonly organisations = signal<readonly PickerOption[]>([]);
  protected readonly people = signal<readonly PickerOption[]>([]);
  protected readonly place = signal<SearchSelectOption | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private readonly fields = viewChild.required(ActivityFields);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected async submit(): Promise<void> {
    if (!this.fields().check()) {
      this.problem.set(null);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    const choices = { ...NO_ACTIVITY_CHOICES, organisations: this.organisations(), people: this.people(), place: this.place() };
    const input = toActivityInput(this.projectId(), this.ownerOrganisationId(), this.form.getRawValue(), choices);
    const result = await this.log.log(input);
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      this.problem.set(problem);
      applyFieldErrors(this.form, problem);
      return;
    }
    // Ready for the next one: same day, kind and place, fresh title.
    // resetForm, not reset: it also forgets the submit, so the empty title is not shown as an error.
    this.formDirective().resetForm({ date: this.form.controls.date.value, kind: this.form.controls.kind.value, title: '', notes: '', attendance: null });
    this.people.set([]);
    this.fields().startAfresh();
    this.logged.emit(result.value);
    this.fields().focusTitle();
  }
}
