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
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FUNDING_STATUS_HINTS, FUNDING_STATUS_LABELS, FUNDING_TYPE_LABELS } from '@cg/shared/domain';
import {
  FundingEditor,
  FundingRecipient,
  FundingRow,
  FundingStatus,
  FundingType,
  Visibility,
} from '@cg/web/data-access';
import {
  DateField,
  OrganisationChoice,
  OrganisationPicker,
  OrganisationSearch,
  RecordForm,
  RecordSave,
  SelectField,
  formatPounds,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
import { map, startWith } from 'rxjs';
import { FundingFormValue, toCreateFundingInput, toFundingFormValue, toUpdateFundingInput } from '../funding-fields';
import {
  InstalmentValue,
  hasRepeatedDueDate,
  scheduleMismatchMessage,
  scheduleTotalPence,
  splitEvenlyByYear,
} from '../schedule';
import { VisibilityFieldset } from '../../record-details/visibility-fieldset';

type InstalmentGroup = FormGroup<{
  dueDate: FormControl<Date | null>;
  amount: FormControl<number | null>;
  paid: FormControl<boolean>;
}>;

function instalment(value: Partial<InstalmentValue> = {}): InstalmentGroup {
  return new FormGroup({
    dueDate: new FormControl<Date | null>(value.dueDate ?? null, Validators.required),
    amount: new FormControl<number | null>(value.amount ?? null, [Validators.required, Validators.min(0.01)]),
    paid: new FormControl(value.paid ?? false, { nonNullable: true }),
  });
}

/** The period may not end before it starts; the instalments must add up to the amount. */
export const fundingRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const errors: ValidationErrors = {};
  const start = group.get('periodStart')?.value as Date | null;
  const end = group.get('periodEnd')?.value as Date | null;
  if (start && end && end < start) errors['periodOrder'] = true;
  const rows = (group.get('schedule')?.value ?? []) as InstalmentValue[];
  const mismatch = scheduleMismatchMessage(group.get('amount')?.value as number | null, rows);
  if (mismatch) errors['scheduleTotal'] = mismatch;
  if (hasRepeatedDueDate(rows)) errors['repeatedDate'] = true;
  return Object.keys(errors).length ? errors : null;
};

/**
 * Records funding to a partnership or project, or changes it: funder (funders first), amount,
 * type, programme, dates, status, 360Giving id and a multi-year schedule whose running total
 * must come to the amount.
 */
@Component({
  selector: 'cg-funding-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateField,
    SelectField,
    RecordForm,
    MatButton,
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
    OrganisationPicker,
    ReactiveFormsModule,
    VisibilityFieldset,
  ],
  providers: [provideUkDates()],
  templateUrl: './funding-form.html',
  styleUrl: './funding-form.scss',
})
export class FundingForm {
  private readonly editor = inject(FundingEditor);

  readonly recipient = input.required<FundingRecipient>();
  /** The funding to change; none to record new funding. */
  readonly funding = input<FundingRow | null>(null);
  readonly saved = output<FundingRow>();
  readonly cancelled = output<void>();
  /** "Reload" after a clash: the list fetches what is saved now, and the form closes on it. */
  readonly reloadRequested = output<void>();

  protected readonly typeOptions = Object.entries(FUNDING_TYPE_LABELS) as [FundingType, string][];
  protected readonly statusOptions = Object.entries(FUNDING_STATUS_LABELS) as [FundingStatus, string][];
  protected readonly statusHints = FUNDING_STATUS_HINTS;
  protected readonly serverError = serverError;
  protected readonly money = formatPounds;

  protected readonly form = new FormGroup(
    {
      funderOrganisationId: new FormControl<string | null>(null, Validators.required),
      amount: new FormControl<number | null>(null, [
        Validators.required,
        Validators.min(0.01),
        Validators.max(10_000_000_000),
      ]),
      type: new FormControl<FundingType>(FundingType.GRANT, { nonNullable: true }),
      status: new FormControl<FundingStatus>(FundingStatus.AWARDED, { nonNullable: true }),
      programme: new FormControl<string | null>(null, Validators.maxLength(300)),
      awardDate: new FormControl<Date | null>(null),
      periodStart: new FormControl<Date | null>(null),
      periodEnd: new FormControl<Date | null>(null),
      threeSixtyGivingId: new FormControl<string | null>(null, Validators.maxLength(200)),
      visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
      schedule: new FormArray<InstalmentGroup>([]),
    },
    { validators: fundingRules },
  );

  protected readonly rows = this.form.controls.schedule;
  private readonly formValue = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    {
      requireSync: true,
    },
  );
  /** The running total of the instalments, and how it compares with the amount. */
  protected readonly runningTotal = computed(() => formatPounds(scheduleTotalPence(this.formValue().schedule) / 100));
  protected readonly mismatch = computed(() =>
    scheduleMismatchMessage(this.formValue().amount, this.formValue().schedule),
  );
  protected readonly editing = computed(() => !!this.funding());

  /** The funder on show: the saved one when editing, then whichever is picked. */
  protected readonly funder = signal<OrganisationChoice | null>(null);
  protected readonly searchFunders: OrganisationSearch = (text) =>
    this.editor
      .searchFunders(text)
      .pipe(
        map(
          (found) => found?.map((o) => ({ id: o.id, name: o.name, detail: o.funder ? 'Funder' : undefined })) ?? null,
        ),
      );

  protected readonly flow = new RecordSave<FundingRow>({
    form: this.form,
    // The funder box is checked with the form, so its message shows on Save.
    alsoCheck: () => this.picker()?.ownControls() ?? [],
    openedVersion: () => this.funding()?.version ?? 0,
    save: (version) => this.write(version),
    saved: (funding) => this.saved.emit(funding),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () => this.focusFirstInvalid(),
  });
  /** Whether the person has asked to save at least once (schedule messages wait until then or a change). */
  protected readonly tried = signal(false);
  protected readonly splitMessage = signal('');

  private readonly picker = viewChild(OrganisationPicker);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    effect(() => {
      const funding = this.funding();
      if (funding && this.flow.takesLoadedRecord()) this.fill(funding);
    });
    effect(() => this.picker()?.focus());
  }

  protected addInstalment(): void {
    this.rows.push(instalment());
    this.form.markAsDirty();
    queueMicrotask(() =>
      document.querySelector<HTMLInputElement>(`[data-testid="instalment-date-${this.rows.length - 1}"]`)?.focus(),
    );
  }

  protected removeInstalment(index: number): void {
    this.rows.removeAt(index);
    this.form.markAsDirty();
  }

  /** Replaces the schedule with one instalment a year over the period, sharing the amount to the penny. */
  protected splitEvenly(): void {
    const { amount, periodStart, periodEnd, awardDate } = this.form.getRawValue();
    const start = periodStart ?? awardDate;
    if (!amount || amount <= 0 || !start) {
      this.splitMessage.set('Enter the amount and the start of the period (or the award date) first.');
      return;
    }
    const rows = splitEvenlyByYear(amount, start, periodEnd);
    this.rows.clear();
    rows.forEach((row) => this.rows.push(instalment(row)));
    this.form.markAsDirty();
    this.splitMessage.set(`Split into ${rows.length} yearly instalment${rows.length === 1 ? '' : 's'}.`);
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    await this.flow.submit();
  }

  private write(version: number) {
    const value = this.form.getRawValue() as FundingFormValue;
    const funding = this.funding();
    return funding
      ? this.editor.update(toUpdateFundingInput(value, funding.id, version), this.recipient())
      : this.editor.create(toCreateFundingInput(value, this.recipient()), this.recipient());
  }

  private fill(funding: FundingRow): void {
    const value = toFundingFormValue(funding);
    this.funder.set(funding.funder);
    this.rows.clear();
    value.schedule.forEach((row) => this.rows.push(instalment(row)));
    this.form.reset(value);
  }

  private focusFirstInvalid(): void {
    this.host.nativeElement
      .querySelector<HTMLElement>(
        'input.ng-invalid, mat-select.ng-invalid, input[aria-invalid="true"], [data-testid="schedule-total"][data-mismatch="true"]',
      )
      ?.focus();
  }
}
