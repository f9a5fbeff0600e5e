import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OrganisationOptions, PersonAffiliation, PersonEditor } from '@cg/web/data-access';
import {
  OrganisationPicker,
  RecordForm,
  RecordSave,
  datesInOrder,
  fromIsoDate,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
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
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    OrganisationPicker,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './affiliation-form.html',
  styleUrl: './affiliation-form.scss',
})
export class AffiliationForm {
  private readonly editor = inject(PersonEditor);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

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
  /** Organisations with their home place, which tells namesakes apart. */
  protected readonly searchOrganisations = inject(OrganisationOptions).choices((o) => o.homePlace?.name);

  protected readonly form = new FormGroup(
    {
      organisationId: new FormControl<string | null>(null, Validators.required),
      title: new FormControl<string | null>(null, Validators.maxLength(200)),
      fromDate: new FormControl<Date | null>(null),
      toDate: new FormControl<Date | null>(null),
      isPrimary: new FormControl(false, { nonNullable: true }),
    },
    { validators: datesInOrder('fromDate', 'toDate') },
  );

  private readonly picker = viewChild(OrganisationPicker);
  private readonly firstField = viewChild<ElementRef<HTMLElement>>('firstField');

  constructor() {
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

    effect(() => (this.picker() ?? this.firstField()?.nativeElement)?.focus());
  }

  /** Checks, saves on top of the right version, handles a CONFLICT (see RecordSave). */
  protected readonly flow = new RecordSave<PersonAffiliation>({
    form: this.form,
    // The organisation box is checked with the form, so its message shows on Save.
    alsoCheck: () => this.picker()?.ownControls() ?? [],
    openedVersion: () => this.affiliation()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue();
      const fields = toAffiliationFields(value as AffiliationFormValue);
      const affiliation = this.affiliation();
      return affiliation
        ? this.editor.updateAffiliation(this.personId(), affiliation.organisationId, {
            id: affiliation.id,
            version,
            ...fields,
          })
        : this.editor.addAffiliation({
            personId: this.personId(),
            organisationId: value.organisationId as string,
            ...fields,
          });
    },
    saved: (affiliation) => this.saved.emit(affiliation),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () =>
      this.host.nativeElement.querySelector<HTMLElement>('input[aria-invalid="true"], input.ng-invalid')?.focus(),
  });
}
