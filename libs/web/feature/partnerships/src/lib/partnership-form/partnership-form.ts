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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import {
  GOVERNANCE_DESCRIPTIONS,
  GOVERNANCE_LABELS,
  MISSION_LABELS,
  PARTNERSHIP_STATUS_LABELS,
  VISIBILITY_CHOICES,
} from '@cg/shared/domain';
import {
  GovernanceModel,
  LevellingUpMission,
  PartnershipEditor,
  PartnershipFields,
  PartnershipStatus,
  Visibility,
} from '@cg/web/data-access';
import {
  DateField,
  FormProblemNotice,
  PickerOption,
  PickerSearch,
  RecordSave,
  SearchPicker,
  SelectField,
  ThemeChips,
  datesInOrder,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
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
    DateField,
    SelectField,
    FormProblemNotice,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    SearchPicker,
    ThemeChips,
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
  protected readonly missionOptions = Object.entries(MISSION_LABELS) as [LevellingUpMission, string][];
  protected readonly visibilityChoices = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.partnership());

  protected readonly form = new FormGroup(
    {
      name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      purpose: new FormControl<string | null>(null, Validators.maxLength(5000)),
      status: new FormControl<PartnershipStatus>(PartnershipStatus.FORMING, { nonNullable: true }),
      governanceModel: new FormControl<GovernanceModel | null>(null, Validators.required),
      startDate: new FormControl<Date | null>(null),
      endDate: new FormControl<Date | null>(null),
      places: new FormControl<readonly PickerOption[]>([], { nonNullable: true }),
      themes: new FormControl<readonly string[]>([], { nonNullable: true }),
      missions: new FormControl<LevellingUpMission[]>([], { nonNullable: true }),
      visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
    },
    { validators: datesInOrder('startDate', 'endDate') },
  );
  /** The answers as a signal, for the pickers and the governance explanation. */
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );

  protected readonly searchPlaces: PickerSearch = (text) =>
    this.editor
      .searchPlaces(text)
      .pipe(map((list) => list?.map((p) => ({ id: p.id, label: p.name, detail: p.detail })) ?? null));

  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');
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
    focusFirstInvalid: () =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, input[aria-invalid="true"]',
        )
        ?.focus(),
    fieldAliases: { placeIds: 'places' },
  });

  constructor() {
    effect(() => {
      const partnership = this.partnership();
      if (partnership && this.flow.takesLoadedRecord()) {
        this.form.reset(toPartnershipFormValue(partnership));
      }
    });
    effect(() => this.firstField()?.nativeElement.focus());
  }

  protected setPlaces(places: readonly PickerOption[]): void {
    this.form.controls.places.setValue(places);
    this.form.markAsDirty();
  }

  protected setThemes(themes: readonly string[]): void {
    this.form.controls.themes.setValue(themes);
    this.form.markAsDirty();
  }
}
