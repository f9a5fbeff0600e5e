import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import {
  GOVERNANCE_DESCRIPTIONS,
  GOVERNANCE_LABELS,
  PARTNERSHIP_STATUS_LABELS,
} from '@cg/shared/domain';
import {
  GovernanceModel,
  PartnershipEditor,
  PartnershipFields,
  PartnershipStatus,
} from '@cg/web/data-access';
import { NameDescriptionStatusFields, RecordScopeFields, VisibilityFieldset, recordDetailsControls } from '@cg/web/sections';
import { RecordForm, RecordSave, datesInOrder, focusFirstInvalid, provideUkDates, serverError } from '@cg/web/ui';
import { map, startWith } from 'rxjs';
import {
  PartnershipFormValue,
  toCreatePartnershipInput,
  toPartnershipFormValue,
  toUpdatePartnershipInput,
} from './partnership-fields';

/**
 * A partnership's details: name, purpose, status, governance (explained), dates, places,
 * themes, Levelling Up missions and who may see it. New when `partnership` is not given.
 */
@Component({
  selector: 'cg-partnership-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatOption,
    MatSelect,
    NameDescriptionStatusFields,
    ReactiveFormsModule,
    VisibilityFieldset,
    RecordScopeFields,
  ],
  providers: [provideUkDates()],
  templateUrl: './partnership-form.html',
  styleUrl: './partnership-form.scss',
})
export class PartnershipForm {
  private readonly editor = inject(PartnershipEditor);

  readonly partnership = input<PartnershipFields | null>(null);
  readonly saved = output<PartnershipFields>();
  readonly cancelled = output<void>();
  /** Asks the page to load the latest version (after "Reload"). */
  readonly reloadRequested = output<void>();

  protected readonly statusOptions = Object.entries(PARTNERSHIP_STATUS_LABELS) as [PartnershipStatus, string][];
  protected readonly governanceOptions = Object.entries(GOVERNANCE_LABELS) as [GovernanceModel, string][];
  protected readonly governanceDescriptions = GOVERNANCE_DESCRIPTIONS;
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.partnership());

  protected readonly form = new FormGroup(
    {
      ...recordDetailsControls<'purpose', PartnershipStatus>('purpose', PartnershipStatus.FORMING),
      governanceModel: new FormControl<GovernanceModel | null>(null, Validators.required),
    },
    { validators: datesInOrder('startDate', 'endDate') },
  );
  /** The answers as a signal, for the governance explanation. */
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave({
    form: this.form,
    openedVersion: () => this.partnership()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue() as PartnershipFormValue;
      const partnership = this.partnership();
      return partnership
        ? this.editor.update(toUpdatePartnershipInput(value, partnership.id, version))
        : this.editor.create(toCreatePartnershipInput(value));
    },
    saved: (record) => this.saved.emit(record),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () => focusFirstInvalid(this.host.nativeElement),
    fieldAliases: { placeIds: 'places' },
  });

  constructor() {
    effect(() => {
      const partnership = this.partnership();
      if (partnership && this.flow.takesLoadedRecord()) {
        this.form.reset(toPartnershipFormValue(partnership));
      }
    });
  }
}
