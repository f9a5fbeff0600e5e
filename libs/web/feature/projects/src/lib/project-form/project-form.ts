import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PROJECT_STATUS_LABELS } from '@cg/shared/domain';
import { PartnershipEditor, ProjectEditor, ProjectFields, ProjectStatus } from '@cg/web/data-access';
import { NameDescriptionStatusFields, RecordScopeFields, VisibilityFieldset, recordDetailsControls } from '@cg/web/sections';
import {
  RecordForm,
  PickerOption,
  PickerSearch,
  RecordSave,
  SearchPicker,
  datesInOrder,
  focusFirstInvalid,
  provideUkDates,
  serverError,
} from '@cg/web/ui';
import { map, startWith } from 'rxjs';
import { MatCheckbox } from '@angular/material/checkbox';
import { ProjectFormValue, toCreateProjectInput, toProjectFormValue, toUpdateProjectInput } from './project-fields';

/**
 * A project's details: name, summary, status, dates, partnership, budget, places, themes,
 * missions, shared leadership and who may see it. New when `project` is not given.
 */
@Component({
  selector: 'cg-project-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NameDescriptionStatusFields,
    ReactiveFormsModule,
    VisibilityFieldset,
    RecordScopeFields,
    SearchPicker,
  ],
  providers: [provideUkDates()],
  templateUrl: './project-form.html',
  styleUrl: './project-form.scss',
})
export class ProjectForm {
  private readonly editor = inject(ProjectEditor);
  private readonly partnerships = inject(PartnershipEditor);

  readonly project = input<ProjectFields | null>(null);
  /** For a new project started from a partnership's page. */
  readonly startPartnership = input<PickerOption | null>(null);
  readonly saved = output<ProjectFields>();
  readonly cancelled = output<void>();
  /** Asks the page to load the latest version (after "Reload"). */
  readonly reloadRequested = output<void>();

  protected readonly statusOptions = Object.entries(PROJECT_STATUS_LABELS) as [ProjectStatus, string][];
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.project());

  protected readonly form = new FormGroup(
    {
      ...recordDetailsControls<'summary', ProjectStatus>('summary', ProjectStatus.PLANNED),
      partnership: new FormControl<readonly PickerOption[]>([], { nonNullable: true }),
      budget: new FormControl<number | null>(null, [Validators.min(0), Validators.max(10_000_000_000)]),
      sharedLeadership: new FormControl(false, { nonNullable: true }),
    },
    { validators: datesInOrder('startDate', 'endDate') },
  );
  /** The answers as a signal, for the partnership picker. */
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );

  protected readonly searchPartnerships: PickerSearch = (text) =>
    this.partnerships
      .searchPartnerships(text)
      .pipe(map((list) => list?.map((p) => ({ id: p.id, label: p.name })) ?? null));

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave({
    form: this.form,
    openedVersion: () => this.project()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue() as ProjectFormValue;
      const project = this.project();
      return project
        ? this.editor.update(toUpdateProjectInput(value, project.id, version))
        : this.editor.create(toCreateProjectInput(value));
    },
    saved: (record) => this.saved.emit(record),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () => focusFirstInvalid(this.host.nativeElement),
    fieldAliases: { placeIds: 'places', partnershipId: 'partnership' },
  });

  constructor() {
    effect(() => {
      const project = this.project();
      if (project && this.flow.takesLoadedRecord()) {
        this.form.reset(toProjectFormValue(project));
      }
    });
    // A new project started from a partnership's page belongs to it until changed.
    effect(() => {
      const start = this.startPartnership();
      if (start && !this.project() && this.form.controls.partnership.pristine)
        this.form.controls.partnership.setValue([start]);
    });
  }

  /** One partnership at most: the latest choice replaces an earlier one. */
  protected setPartnership(chosen: readonly PickerOption[]): void {
    this.form.controls.partnership.setValue(chosen.slice(-1));
    this.form.markAsDirty();
  }
}
