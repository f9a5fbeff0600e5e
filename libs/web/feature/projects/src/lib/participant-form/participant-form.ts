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
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { PARTNER_ROLE_OPTIONS, SECTOR_LABELS } from '@cg/shared/domain';
import { OrganisationOptions, PartnerRole, ProjectEditor, ProjectParticipant } from '@cg/web/data-access';
import { PickerOption, PickerSearch, RecordForm, RecordSave, SearchPicker, serverError } from '@cg/web/ui';
import { map } from 'rxjs';

export interface ParticipantFormValue {
  organisation: readonly PickerOption[];
  role: PartnerRole | null;
  cashContribution: number | null;
  inKindContribution: number | null;
  contributionNotes: string | null;
}

/** The form's contribution answers as the API takes them. */
export function toParticipantFields(value: ParticipantFormValue) {
  return {
    role: value.role as PartnerRole,
    cashContribution: value.cashContribution ?? 0,
    inKindContribution: value.inKindContribution ?? 0,
    contributionNotes: value.contributionNotes?.trim() || null,
  };
}

/** Adds an organisation to a project, or changes its role and contribution. */
@Component({
  selector: 'cg-participant-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RecordForm,
    SearchPicker,
  ],
  template: `
    <form
      cgRecordForm="participant"
      [flow]="flow"
      [saveLabel]="participant() ? 'Save changes' : 'Add organisation'"
      saveTestId="participant-save"
      (cancelled)="cancelled.emit()"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
    >
      <div class="grid">
        @if (participant(); as existing) {
          <p class="wide">
            <strong>{{ existing.organisation.name }}</strong>
          </p>
        } @else {
          <div class="wide">
            <cg-search-picker
              label="Organisation"
              testId="participant-organisation"
              hint="Type part of the name, then choose from the list."
              [searchWith]="searchOrganisations"
              [selected]="chosen()"
              (selectedChange)="choose($event)"
            />
            @if (organisationError(); as message) {
              <p class="field-message" role="alert">{{ message }}</p>
            }
          </div>
        }
        <mat-form-field appearance="outline">
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" data-testid="participant-role" required>
            @for (option of roleOptions; track option[0]) {
              <mat-option [value]="option[0]">{{ option[1] }}</mat-option>
            }
          </mat-select>
          @if (form.controls.role.hasError('required')) {
            <mat-error>Choose the organisation’s role.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Cash contribution</mat-label>
          <span matTextPrefix>£&nbsp;</span>
          <input
            matInput
            type="number"
            min="0"
            inputmode="decimal"
            formControlName="cashContribution"
            data-testid="participant-cash"
          />
          <mat-hint>In pounds; leave empty for none.</mat-hint>
          @if (form.controls.cashContribution.hasError('min')) {
            <mat-error>Enter £0 or more.</mat-error>
          } @else if (serverError(form.controls.cashContribution); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>In-kind contribution</mat-label>
          <span matTextPrefix>£&nbsp;</span>
          <input
            matInput
            type="number"
            min="0"
            inputmode="decimal"
            formControlName="inKindContribution"
            data-testid="participant-in-kind"
          />
          <mat-hint>What staff time, rooms or goods are worth.</mat-hint>
          @if (form.controls.inKindContribution.hasError('min')) {
            <mat-error>Enter £0 or more.</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide" appearance="outline">
          <mat-label>About the contribution</mat-label>
          <input matInput type="text" formControlName="contributionNotes" data-testid="participant-notes" />
        </mat-form-field>
      </div>
    </form>
  `,
  styleUrl: './participant-form.scss',
})
export class ParticipantForm {
  private readonly editor = inject(ProjectEditor);
  private readonly organisations = inject(OrganisationOptions);

  readonly projectId = input.required<string>();
  readonly participant = input<ProjectParticipant | null>(null);
  /** Organisations already taking part, left out of the picker. */
  readonly takenIds = input<readonly string[]>([]);
  readonly saved = output<ProjectParticipant>();
  readonly cancelled = output<void>();

  protected readonly roleOptions = PARTNER_ROLE_OPTIONS;
  protected readonly serverError = serverError;
  protected readonly chosen = signal<readonly PickerOption[]>([]);
  protected readonly tried = signal(false);
  protected readonly organisationError = computed(() =>
    !this.participant() && this.tried() && this.chosen().length === 0 ? 'Choose an organisation from the list.' : null,
  );
  protected readonly form = new FormGroup({
    role: new FormControl<PartnerRole | null>(null, Validators.required),
    cashContribution: new FormControl<number | null>(null, Validators.min(0)),
    inKindContribution: new FormControl<number | null>(null, Validators.min(0)),
    contributionNotes: new FormControl<string | null>(null, Validators.maxLength(500)),
  });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave<ProjectParticipant>({
    form: this.form,
    // A new participant needs an organisation picked from the list.
    incomplete: () => !!this.organisationError(),
    openedVersion: () => this.participant()?.version ?? 0,
    save: (version) => {
      const fields = toParticipantFields({ ...this.form.getRawValue(), organisation: this.chosen() });
      const existing = this.participant();
      return existing
        ? this.editor.updateParticipant(this.projectId(), { id: existing.id, version, ...fields })
        : this.editor.addParticipant({ projectId: this.projectId(), organisationId: this.chosen()[0].id, ...fields });
    },
    saved: (participant) => this.saved.emit(participant),
    // "Reload" closes the form: the project page shows the participant as it now stands.
    refetch: () => this.cancelled.emit(),
    focusFirstInvalid: () =>
      this.host.nativeElement
        .querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid, input[aria-invalid="true"]')
        ?.focus(),
  });

  protected readonly searchOrganisations: PickerSearch = (text) =>
    this.organisations.search(text, 12).pipe(
      map((list) => {
        const taken = new Set(this.takenIds());
        return (
          list
            ?.filter((o) => !taken.has(o.id))
            .map((o) => ({ id: o.id, label: o.name, detail: SECTOR_LABELS[o.sector] })) ?? null
        );
      }),
    );

  constructor() {
    effect(() => {
      const p = this.participant();
      if (p && this.flow.takesLoadedRecord())
        this.form.reset({
          role: p.role,
          cashContribution: p.cashContribution || null,
          inKindContribution: p.inKindContribution || null,
          contributionNotes: p.contributionNotes ?? null,
        });
    });
  }

  protected choose(options: readonly PickerOption[]): void {
    this.chosen.set(options.slice(-1));
  }

  protected submit(): Promise<void> {
    this.tried.set(true);
    return this.flow.submit();
  }
}
