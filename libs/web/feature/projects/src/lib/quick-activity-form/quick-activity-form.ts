import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivityEntry, ActivityKind, ActivityLogStore, CreateActivityInput, OrganisationOptions, PersonOptions } from '@cg/web/data-access';
import { ACTIVITY_KIND_OPTIONS } from '@cg/web/feature/partnerships';
import { FormProblem, FormProblemNotice, applyFieldErrors, describeError, fromIsoDate, provideUkDates, serverError, toIsoDate, todayInUk } from '@cg/web/ui';
import { map, of } from 'rxjs';
import { PickerOption, PickerSearch, SearchPicker } from '@cg/web/feature/partnerships';

/** The form's answers as the API's input for one project. */
export function toActivityInput(
  projectId: string,
  ownerOrganisationId: string | null,
  value: { date: Date | null; kind: ActivityKind | null; title: string; notes: string; attendance: number | null },
  organisations: readonly PickerOption[],
  people: readonly PickerOption[],
): CreateActivityInput {
  return {
    projectId,
    ...(ownerOrganisationId ? { ownerOrganisationId } : {}),
    date: value.date ? toIsoDate(value.date) : todayInUk(),
    kind: value.kind ?? ActivityKind.MEETING,
    title: value.title.trim(),
    notes: value.notes.trim() || null,
    attendance: value.attendance ?? null,
    organisationIds: organisations.map((o) => o.id),
    personIds: people.map((p) => p.id),
  };
}

/**
 * "Log an activity" in seconds: the date is today and the kind a meeting unless changed, so a
 * title is enough; organisations, people and attendance are there when they matter.
 */
@Component({
  selector: 'cg-quick-activity-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormProblemNotice,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
    SearchPicker,
  ],
  providers: [provideUkDates()],
  templateUrl: './quick-activity-form.html',
  styleUrl: './quick-activity-form.scss',
})
export class QuickActivityForm {
  private readonly log = inject(ActivityLogStore);
  private readonly organisationOptions = inject(OrganisationOptions);
  private readonly personOptions = inject(PersonOptions);

  readonly projectId = input.required<string>();
  /** The organisation the entry is recorded for (the person's own). */
  readonly ownerOrganisationId = input<string | null>(null);
  /** The project's participants, offered before anything is typed. */
  readonly participants = input<readonly PickerOption[]>([]);
  readonly logged = output<ActivityEntry>();

  protected readonly kindOptions = ACTIVITY_KIND_OPTIONS;
  protected readonly serverError = serverError;
  protected readonly form = new FormGroup({
    date: new FormControl<Date | null>(fromIsoDate(todayInUk()), Validators.required),
    kind: new FormControl<ActivityKind | null>(ActivityKind.MEETING, Validators.required),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
    attendance: new FormControl<number | null>(null, [Validators.min(0), Validators.max(100000), Validators.pattern(/^\d*$/)]),
  });
  protected readonly organisations = signal<readonly PickerOption[]>([]);
  protected readonly people = signal<readonly PickerOption[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly organisationError = signal<string | null>(null);
  protected readonly peopleError = signal<string | null>(null);
  private readonly titleInput = viewChild.required<ElementRef<HTMLInputElement>>('titleInput');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly searchOrganisations: PickerSearch = (text) =>
    text.trim()
      ? this.organisationOptions.search(text).pipe(
          map((list) => list?.map((o) => ({ id: o.id, label: o.name, detail: o.homePlace?.name })) ?? null),
        )
      : of(this.participants());

  protected readonly searchPeople: PickerSearch = (text) => {
    const orgIds = this.organisations().map((o) => o.id);
    // Before typing: people at the organisations chosen; once typing, anyone.
    if (!text.trim() && orgIds.length === 0) return of([]);
    return this.personOptions
      .search(text, text.trim() ? [] : orgIds)
      .pipe(map((list) => list?.map((p) => ({ id: p.id, label: p.fullName })) ?? null));
  };

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.problem.set(null);
      queueMicrotask(() =>
        (document.querySelector('cg-quick-activity-form .ng-invalid input, cg-quick-activity-form input.ng-invalid, cg-quick-activity-form mat-select.ng-invalid') as HTMLElement | null)?.focus(),
      );
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.organisationError.set(null);
    this.peopleError.set(null);
    const input = toActivityInput(this.projectId(), this.ownerOrganisationId(), this.form.getRawValue(), this.organisations(), this.people());
    const result = await this.log.log(input);
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      this.problem.set(problem);
      applyFieldErrors(this.form, problem);
      this.organisationError.set(problem.fieldErrors['organisationIds'] ?? null);
      this.peopleError.set(problem.fieldErrors['personIds'] ?? null);
      return;
    }
    // Ready for the next one: same day and kind, fresh title.
    // resetForm, not reset: it also forgets the submit, so the empty title is not shown as an error.
    this.formDirective().resetForm({ date: this.form.controls.date.value, kind: this.form.controls.kind.value, title: '', notes: '', attendance: null });
    this.people.set([]);
    this.logged.emit(result.value);
    this.titleInput().nativeElement.focus();
  }

  protected setToday(): void {
    this.form.controls.date.setValue(fromIsoDate(todayInUk()));
  }
}
