import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OrganisationOption, OrganisationOptions, PersonAffiliation, PersonEditor } from '@cg/web/data-access';
import {
  RecordForm,
  RecordSave,
  datesInOrder,
  fromIsoDate,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
import { Subject, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { AffiliationFormValue, toAffiliationFields } from '../affiliation-fields';

/**
 * Links a person to an organisation, or changes a link: title or role, from and to, and whether it
 * is their main organisation. The organisation is chosen from a search as you type.
 */
@Component({
  selector: 'cg-affiliation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './affiliation-form.html',
  styleUrl: './affiliation-form.scss',
})
export class AffiliationForm {
  private readonly editor = inject(PersonEditor);
  private readonly organisations = inject(OrganisationOptions);

  readonly personId = input.required<string>();
  /** The affiliation to change; none to add one. */
  readonly affiliation = input<PersonAffiliation | null>(null);
  /** Organisations the person is currently with, left out of the picker. */
  readonly currentOrganisationIds = input<readonly string[]>([]);
  readonly saved = output<PersonAffiliation>();
  readonly cancelled = output<void>();
  /** "Reload" after a conflict: the page should ask the server for the person again. */
  readonly reloadRequested = output<void>();

  protected readonly editing = computed(() => !!this.affiliation());
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup(
    {
      organisationId: new FormControl<string | null>(null),
      title: new FormControl<string | null>(null, Validators.maxLength(200)),
      fromDate: new FormControl<Date | null>(null),
      toDate: new FormControl<Date | null>(null),
      isPrimary: new FormControl(false, { nonNullable: true }),
    },
    { validators: datesInOrder('fromDate', 'toDate') },
  );

  /** What is typed into the organisation box (the picker searches as it changes). */
  protected readonly organisationText = new FormControl('', { nonNullable: true });
  protected readonly options = signal<readonly OrganisationOption[] | null>([]);
  protected readonly searching = signal(false);
  private readonly typed = new Subject<string>();

  private readonly firstField = viewChild<ElementRef<HTMLElement>>('firstField');

  constructor() {
    this.typed
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((text) => {
          this.searching.set(true);
          return this.organisations.search(text, 12);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.searching.set(false);
        const taken = new Set(this.currentOrganisationIds());
        this.options.set(options ? options.filter((o) => !taken.has(o.id)) : null);
      });

    effect(() => {
      const affiliation = this.affiliation();
      if (affiliation && this.flow.takesLoadedRecord()) {
        this.flow.problem.set(null);
        this.form.reset({
          organisationId: affiliation.organisationId,
          title: affiliation.title,
          fromDate: fromIsoDate(affiliation.fromDate as string | null),
          toDate: fromIsoDate(affiliation.toDate as string | null),
          isPrimary: affiliation.isPrimary,
        });
      }
    });

    effect(() => this.firstField()?.nativeElement.focus());
  }

  protected onOrganisationInput(text: string): void {
    // Typing again forgets the last choice until one is picked from the list.
    if (this.form.controls.organisationId.value) this.form.controls.organisationId.setValue(null);
    this.typed.next(text);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as OrganisationOption;
    this.organisationText.setValue(option.name);
    this.form.controls.organisationId.setValue(option.id);
  }

  protected readonly displayName = (value: OrganisationOption | string | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected organisationError(): string | null {
    if (!this.organisationText.touched) return null;
    const control = this.form.controls.organisationId;
    if (serverError(control)) return serverError(control);
    return control.value ? null : 'Choose an organisation from the list.';
  }

  /** Checks, saves on top of the right version, handles a CONFLICT (see RecordSave). */
  protected readonly flow = new RecordSave<PersonAffiliation>({
    form: this.form,
    alsoCheck: () => [this.organisationText],
    incomplete: () => !this.editing() && !this.form.controls.organisationId.value,
    openedVersion: () => this.affiliation()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue();
      const fields = toAffiliationFields(value as AffiliationFormValue);
      const affiliation = this.affiliation();
      return affiliation
        ? this.editor.updateAffiliation(this.personId(), affiliation.organisationId, { id: affiliation.id, version, ...fields })
        : this.editor.addAffiliation({ personId: this.personId(), organisationId: value.organisationId as string, ...fields });
    },
    saved: (affiliation) => this.saved.emit(affiliation),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>('input[aria-invalid="true"], input.ng-invalid')
        ?.focus(),
    failed: (problem) => {
      if (problem.fieldErrors['organisationId']) this.organisationText.markAsTouched();
    },
  });
}
