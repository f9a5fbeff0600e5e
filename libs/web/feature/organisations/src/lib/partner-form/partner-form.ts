import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { VISIBILITY_CHOICES } from '@cg/shared/domain';
import { PartnerRelationship, PartnerRelationshipsStore, RelationshipType, Visibility } from '@cg/web/data-access';
import { RecordForm, RecordSave, datesInOrder, fromIsoDate, provideUkDates, serverError, toIsoDate } from '@cg/web/ui';
import { PARTNER_SCORE_OPTIONS, RELATIONSHIP_TYPE_OPTIONS, STRENGTH_OPTIONS } from '../labels';

export interface NamedOrganisation {
  readonly id: string;
  readonly name: string;
}

export interface PartnerFormValue {
  fromOrganisationId: string | null;
  type: RelationshipType | null;
  /** 'mutual' or 'one-way'. */
  direction: 'mutual' | 'one-way';
  strength: number | null;
  /** 0 stands for "not rated". */
  trust: number;
  value: number;
  fromDate: Date | null;
  toDate: Date | null;
  notes: string | null;
  visibility: Visibility;
}

/** The partner form's answers as the API takes them (the same fields on create and on update). */
export function toRelationshipFields(value: PartnerFormValue) {
  return {
    type: value.type as RelationshipType,
    directed: value.direction === 'one-way',
    strength: value.strength ?? 3,
    trust: value.trust || null,
    value: value.value || null,
    fromDate: value.fromDate ? toIsoDate(value.fromDate) : null,
    toDate: value.toDate ? toIsoDate(value.toDate) : null,
    notes: value.notes?.trim() || null,
    visibility: value.visibility,
  };
}

/** A saved relationship as the form's answers, for changing it. */
export function toPartnerFormValue(relationship: PartnerRelationship): PartnerFormValue {
  return {
    fromOrganisationId: relationship.fromOrganisationId,
    type: relationship.type,
    direction: relationship.directed ? 'one-way' : 'mutual',
    strength: relationship.strength,
    trust: relationship.trust ?? 0,
    value: relationship.value ?? 0,
    fromDate: fromIsoDate(relationship.fromDate as string | null),
    toDate: fromIsoDate(relationship.toDate as string | null),
    notes: relationship.notes,
    visibility: relationship.visibility,
  };
}

/**
 * Records a working relationship from one of the user's organisations to another organisation, or
 * changes one: type, direction, strength, PARTNER-tool trust and value, dates, notes and who may
 * see it. A changed relationship can also be ended (archived). Messages sit next to their fields.
 */
@Component({
  selector: 'cg-partner-form',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
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
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './partner-form.html',
  styleUrl: './partner-form.scss',
})
export class PartnerForm {
  private readonly store = inject(PartnerRelationshipsStore);

  /** The organisation whose profile this is: the other end of the tie. */
  readonly partner = input.required<NamedOrganisation>();
  /** The organisations the user may record ties for (a picker when several). */
  readonly actingFor = input.required<readonly NamedOrganisation[]>();
  /** The relationship to change; none to record a new one. */
  readonly relationship = input<PartnerRelationship | null>(null);
  readonly saved = output<{ relationship: PartnerRelationship | null; ended: boolean }>();
  readonly cancelled = output<void>();

  protected readonly typeOptions = RELATIONSHIP_TYPE_OPTIONS;
  protected readonly strengthOptions = STRENGTH_OPTIONS;
  protected readonly scoreOptions = PARTNER_SCORE_OPTIONS;
  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.relationship());
  /** A unique prefix for ids and labels, so two forms on a page never clash. */
  protected readonly uid = `partner-form-${nextId++}`;

  protected readonly form = new FormGroup(
    {
      fromOrganisationId: new FormControl<string | null>(null, Validators.required),
      type: new FormControl<RelationshipType | null>(null, Validators.required),
      direction: new FormControl<'mutual' | 'one-way'>('mutual', { nonNullable: true }),
      strength: new FormControl<number | null>(null, Validators.required),
      trust: new FormControl(0, { nonNullable: true }),
      value: new FormControl(0, { nonNullable: true }),
      fromDate: new FormControl<Date | null>(null),
      toDate: new FormControl<Date | null>(null),
      notes: new FormControl<string | null>(null, Validators.maxLength(2000)),
      visibility: new FormControl<Visibility>(Visibility.PARTNERS, { nonNullable: true }),
    },
    { validators: datesInOrder('fromDate', 'toDate') },
  );

  protected readonly fromName = computed(() => {
    const id = this.fromId();
    return this.actingFor().find((o) => o.id === id)?.name ?? 'Your organisation';
  });
  private readonly fromId = signal<string | null>(null);

  protected readonly confirmingEnd = signal(false);
  protected readonly flow = new RecordSave<PartnerRelationship>({
    form: this.form,
    openedVersion: () => this.relationship()?.version ?? 0,
    save: (version) => this.write(version),
    saved: (relationship) => this.saved.emit({ relationship, ended: false }),
    refetch: () => this.store.retry(),
    focusFirstInvalid: () => this.focusFirstInvalid(),
    fieldAliases: { directed: 'direction' },
  });

  private readonly firstField = viewChild<string, ElementRef<HTMLElement>>('firstField', { read: ElementRef });

  constructor() {
    this.form.controls.fromOrganisationId.valueChanges.subscribe((id) => this.fromId.set(id));

    // A new tie starts from the user's organisation (the first, when they act for several).
    effect(() => {
      const acting = this.actingFor();
      if (!this.relationship() && !this.form.controls.fromOrganisationId.value && acting.length > 0) {
        this.form.controls.fromOrganisationId.setValue(acting[0].id);
      }
    });

    // Fill the form from the relationship being changed; again after "Reload" brings the latest.
    effect(() => {
      const relationship = this.relationship();
      if (!relationship) return;
      if (this.flow.takesLoadedRecord()) {
        this.form.reset(toPartnerFormValue(relationship));
        this.fromId.set(relationship.fromOrganisationId);
      }
    });

    effect(() => this.firstField()?.nativeElement.focus());
  }

  protected radioError(control: AbstractControl, required: string): string | null {
    if (!control.touched) return null;
    return serverError(control) ?? (control.hasError('required') ? required : null);
  }

  protected reload(): void {
    this.confirmingEnd.set(false);
    this.flow.reload();
  }

  /** Ends (archives) the relationship, on top of the same version a save would use. */
  protected async end(): Promise<void> {
    const relationship = this.relationship();
    if (!relationship) return;
    await this.flow.also(
      (version) => this.store.end(relationship.id, version),
      () => this.saved.emit({ relationship: null, ended: true }),
    );
  }

  private write(version: number) {
    const value = this.form.getRawValue();
    const fields = toRelationshipFields(value);
    const relationship = this.relationship();
    return relationship
      ? this.store.update({ id: relationship.id, version, ...fields })
      : this.store.create({
          fromOrganisationId: value.fromOrganisationId as string,
          toOrganisationId: this.partner().id,
          ...fields,
        });
  }

  private focusFirstInvalid(): void {
    const host = this.firstField()?.nativeElement.closest('form');
    const invalid = host?.querySelector<HTMLElement>(
      'mat-radio-group.ng-invalid input, .ng-invalid:not(form):not(mat-form-field):not(mat-radio-group), input[aria-invalid="true"]',
    );
    invalid?.focus();
  }
}

let nextId = 0;
