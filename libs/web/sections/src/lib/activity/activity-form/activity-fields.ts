import { ChangeDetectionStrategy, Component, ElementRef, Injectable, inject, input, model, viewChild } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ACTIVITY_KIND_OPTIONS } from '@cg/shared/domain';
import { OrganisationOptions, PersonOptions, PlaceEditor } from '@cg/web/data-access';
import {
  FormProblem,
  PickerOption,
  PickerSearch,
  SearchPicker,
  SearchSelect,
  SearchSelectOption,
  SearchSelectSearch,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
import { map, of } from 'rxjs';
import { ActivityForm } from './activity-form.model';

/**
 * Shows a field's problem once it has been changed, or once saving was tried: not merely
 * because the title was focused and left (it has the focus after each quick entry).
 */
@Injectable()
export class AfterSaveAttemptMatcher implements ErrorStateMatcher {
  attempted = false;

  isErrorState(control: AbstractControl | null): boolean {
    return !!control && control.invalid && (control.dirty || this.attempted);
  }
}

/**
 * The fields of an activity, the same wherever one is logged or changed: date (dd/mm/yyyy),
 * kind, attendance, title, notes, organisations and people involved, and the place. The form
 * around it owns the FormGroup, the choices and the saving.
 */
@Component({
  selector: 'cg-activity-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
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
    SearchSelect,
  ],
  providers: [provideUkDates(), AfterSaveAttemptMatcher, { provide: ErrorStateMatcher, useExisting: AfterSaveAttemptMatcher }],
  templateUrl: './activity-fields.html',
  styleUrl: './activity-fields.scss',
})
export class ActivityFields {
  private readonly organisationOptions = inject(OrganisationOptions);
  private readonly personOptions = inject(PersonOptions);
  private readonly placeEditor = inject(PlaceEditor);
  private readonly errors = inject(AfterSaveAttemptMatcher);

  readonly form = input.required<ActivityForm>();
  /** Organisations offered before anything is typed (the project's participants). */
  readonly participants = input<readonly PickerOption[]>([]);
  /** The last failed save, for messages next to the pickers. */
  readonly problem = input<FormProblem | null>(null);
  /** What the date's hint says. */
  readonly dateHint = input('dd/mm/yyyy');
  readonly organisations = model<readonly PickerOption[]>([]);
  readonly people = model<readonly PickerOption[]>([]);
  readonly place = model<SearchSelectOption | null>(null);

  protected readonly kindOptions = ACTIVITY_KIND_OPTIONS;
  protected readonly serverError = serverError;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly titleInput = viewChild.required<ElementRef<HTMLInputElement>>('titleInput');
  private readonly placePicker = viewChild.required(SearchSelect);

  protected readonly searchOrganisations: PickerSearch = (text) =>
    text.trim()
      ? this.organisationOptions.search(text).pipe(map((list) => list?.map((o) => ({ id: o.id, label: o.name, detail: o.homePlace?.name })) ?? null))
      : of(this.participants());

  protected readonly searchPeople: PickerSearch = (text) => {
    const orgIds = this.organisations().map((o) => o.id);
    // Before typing: people at the organisations chosen; once typing, anyone.
    if (!text.trim() && orgIds.length === 0) return of([]);
    return this.personOptions
      .search(text, text.trim() ? [] : orgIds)
      .pipe(map((list) => list?.map((p) => ({ id: p.id, label: p.fullName })) ?? null));
  };

  protected readonly searchPlaces: SearchSelectSearch = (text) => this.placeEditor.search(text);

  /** Marks everything for its messages; false (with the focus on the first problem) when the answers are not ready to save. */
  check(): boolean {
    this.errors.attempted = true;
    this.form().markAllAsTouched();
    this.placePicker().markAsTouched();
    const ready = this.form().valid && !this.placePicker().unresolved();
    if (!ready) {
      queueMicrotask(() =>
        this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus(),
      );
    }
    return ready;
  }

  /** Ready for the next entry: no messages until it is changed or saved. */
  startAfresh(): void {
    this.errors.attempted = false;
  }

  focusTitle(): void {
    this.titleInput().nativeElement.focus();
  }

  protected fieldError(field: 'organisationIds' | 'personIds' | 'placeId'): string | null {
    return this.problem()?.fieldErrors[field] ?? null;
  }
}
