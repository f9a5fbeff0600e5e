import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { PARTNER_ROLE_OPTIONS, SECTOR_LABELS } from '@cg/shared/domain';
import {
  AddMembershipInput,
  OrganisationOptions,
  PartnerRole,
  PartnershipMember,
  PartnershipPageStore,
  UpdateMembershipInput,
} from '@cg/web/data-access';
import {
  OrganisationPicker,
  RecordForm,
  RecordSave,
  datesInOrder,
  fromIsoDate,
  provideUkDates,
  serverError,
  toIsoDate,
} from '@cg/web/ui';

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
    OrganisationPicker,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './member-form.html',
  styleUrl: './member-form.scss',
})
export class MemberForm {
  private readonly store = inject(PartnershipPageStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly partnershipId = input.required<string>();
  /** The member to change; none to add one. */
  readonly member = input<PartnershipMember | null>(null);
  /** Organisations already members, left out of the picker. */
  readonly memberIds = input<readonly string[]>([]);
  readonly saved = output<PartnershipMember>();
  readonly cancelled = output<void>();

  protected readonly roleOptions = PARTNER_ROLE_OPTIONS;
  /** Organisations with their sector and home place, which tell namesakes apart. */
  protected readonly searchOrganisations = inject(OrganisationOptions).choices(
    (o) => SECTOR_LABELS[o.sector] + (o.homePlace ? `, ${o.homePlace.name}` : ''),
  );
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

  private readonly picker = viewChild(OrganisationPicker);
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
    // The organisation box is checked with the form, so its message shows on Save.
    alsoCheck: () => this.picker()?.ownControls() ?? [],
    refetch: () => this.store.retry(),
    focusFirstInvalid: () =>
      this.host.nativeElement
        .querySelector<HTMLElement>('.ng-invalid:not(form):not(mat-form-field) , input[aria-invalid="true"]')
        ?.focus(),
  });

  constructor() {
    // Fill the form from the member being edited; again after "Reload" brings the latest.
    effect(() => {
      const member = this.member();
      if (!member) return;
      if (this.flow.takesLoadedRecord()) {
        this.fill(member);
      }
    });

    // Start where the person is: on the first field.
    effect(() => (this.picker() ?? this.firstField()?.nativeElement)?.focus());
  }

  private fill(member: PartnershipMember): void {
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
