import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { PARTNER_ROLE_OPTIONS, SECTOR_LABELS } from '@cg/shared/domain';
import {
  AddMembershipInput,
  OrganisationOption,
  OrganisationOptions,
  PartnerRole,
  PartnershipMember,
  PartnershipPageStore,
  UpdateMembershipInput,
} from '@cg/web/data-access';
import {
  RecordForm,
  RecordSave,
  datesInOrder,
  fromIsoDate,
  provideUkDates,
  serverError,
  toIsoDate,
} from '@cg/web/ui';
import { Subject, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';

/** The member form's values, as the API takes them. */
export function toMembershipFields(value: MemberFormValue) {
  return {
    role: value.role as PartnerRole,
    decisionSeat: value.decisionSeat,
    cashContribution: value.cashContribution ?? 0,
    inKindContribution: value.inKindContribution ?? 0,
    inKindDescription: value.inKindDescription?.trim() || null,
    fromDate: value.fromDate ? toIsoDate(value.fromDate) : null,
    toDate: value.toDate ? toIsoDate(value.toDate) : null,
  };
}

export interface MemberFormValue {
  organisationId: string | null;
  role: PartnerRole | null;
  decisionSeat: boolean;
  cashContribution: number | null;
  inKindContribution: number | null;
  inKindDescription: string | null;
  fromDate: Date | null;
  toDate: Date | null;
}

/**
 * Adds an organisation to a partnership, or changes a member: role, decision seat, cash and
 * in-kind contributions in pounds, and dates. Messages sit next to the fields they are about.
 */
@Component({
  selector: 'cg-member-form',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
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
    MatPrefix,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './member-form.html',
  styleUrl: './member-form.scss',
})
export class MemberForm {
  private readonly store = inject(PartnershipPageStore);
  private readonly organisations = inject(OrganisationOptions);

  readonly partnershipId = input.required<string>();
  /** The member to change; none to add one. */
  readonly member = input<PartnershipMember | null>(null);
  /** Organisations already members, left out of the picker. */
  readonly memberIds = input<readonly string[]>([]);
  readonly saved = output<PartnershipMember>();
  readonly cancelled = output<void>();

  protected readonly roleOptions = PARTNER_ROLE_OPTIONS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.member());

  protected readonly form = new FormGroup(
    {
      organisationId: new FormControl<string | null>(null, Validators.required),
      role: new FormControl<PartnerRole | null>(null, Validators.required),
      decisionSeat: new FormControl(false, { nonNullable: true }),
      cashContribution: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1_000_000_000)]),
      inKindContribution: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1_000_000_000)]),
      inKindDescription: new FormControl<string | null>(null, Validators.maxLength(500)),
      fromDate: new FormControl<Date | null>(null),
      toDate: new FormControl<Date | null>(null),
    },
    { validators: datesInOrder('fromDate', 'toDate') },
  );

  /** What is typed into the organisation box (the picker searches as it changes). */
  protected readonly organisationText = new FormControl('', { nonNullable: true });
  protected readonly chosen = signal<OrganisationOption | null>(null);
  protected readonly options = signal<readonly OrganisationOption[] | null>([]);
  protected readonly searching = signal(false);
  private readonly typed = new Subject<string>();

  private readonly firstField = viewChild<ElementRef<HTMLElement>>('firstField');
  protected readonly flow = new RecordSave({
    form: this.form,
    openedVersion: () => this.member()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue();
      const fields = toMembershipFields(value);
      const member = this.member();
      return member
        ? this.store.updateMember(this.partnershipId(), { id: member.id, version, ...fields } satisfies UpdateMembershipInput)
        : this.store.addMember({
            partnershipId: this.partnershipId(),
            organisationId: value.organisationId as string,
            ...fields,
          } satisfies AddMembershipInput);
    },
    saved: (member) => this.saved.emit(member),
    refetch: () => this.store.retry(),
    focusFirstInvalid: () =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>('.ng-invalid:not(form):not(mat-form-field) , input[aria-invalid="true"]')
        ?.focus(),
    // The organisation's message shows under the search box, once that has been touched.
    failed: (problem) => {
      if (problem.fieldErrors['organisationId']) this.organisationText.markAsTouched();
    },
  });

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
        const taken = new Set(this.memberIds());
        this.options.set(options ? options.filter((o) => !taken.has(o.id)) : null);
      });

    // Fill the form from the member being edited; again after "Reload" brings the latest.
    effect(() => {
      const member = this.member();
      if (!member) return;
      if (this.flow.takesLoadedRecord()) {
        this.fill(member);
      }
    });

    // Start where the person is: on the first field.
    effect(() => this.firstField()?.nativeElement.focus());
  }

  protected onOrganisationInput(text: string): void {
    // Typing again forgets the last choice until one is picked from the list.
    if (this.chosen() && text !== this.chosen()?.name) {
      this.chosen.set(null);
      this.form.controls.organisationId.setValue(null);
    }
    this.typed.next(text);
  }

  protected onOrganisationOpened(): void {
    if (!this.chosen() && this.organisationText.value.trim()) this.typed.next(this.organisationText.value);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as OrganisationOption;
    this.chosen.set(option);
    this.organisationText.setValue(option.name);
    this.form.controls.organisationId.setValue(option.id);
    this.form.controls.organisationId.markAsTouched();
  }

  protected displayName = (value: OrganisationOption | string | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected organisationError(): string | null {
    const control = this.form.controls.organisationId;
    if (!control.touched && !this.organisationText.touched) return null;
    return serverError(control) ?? (control.hasError('required') ? 'Choose an organisation from the list.' : null);
  }

  /** Touches the organisation box too, so a missing choice is said there. */
  protected submit(): Promise<void> {
    this.organisationText.markAsTouched();
    return this.flow.submit();
  }

  private fill(member: PartnershipMember): void {
    this.chosen.set({ id: member.organisation.id, name: member.organisation.name, sector: member.organisation.sector, homePlace: null });
    this.organisationText.setValue(member.organisation.name);
    this.form.reset({
      organisationId: member.organisation.id,
      role: member.role,
      decisionSeat: member.decisionSeat,
      cashContribution: member.cashContribution || null,
      inKindContribution: member.inKindContribution || null,
      inKindDescription: member.inKindDescription,
      fromDate: fromIsoDate(member.fromDate as string | null),
      toDate: fromIsoDate(member.toDate as string | null),
    });
  }
}
