import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { NEED_SOURCE_LABELS, PRIORITY_LABELS, VISIBILITY_CHOICES } from '@cg/shared/domain';
import { NeedEditor, NeedForEditState, NeedSource, PickerOption, Priority, SessionStore, Visibility, mayEditNeed, mayRaiseNeeds } from '@cg/web/data-access';
import { ErrorState, RecordForm, LoadingState, RecordSave, describeError, provideUkDates, serverError } from '@cg/web/ui';
import { PRIORITY_OPTIONS, SOURCE_OPTIONS } from '../labels';
import { PickerValue, SearchPicker, chosenFromList, isPickerOption } from '../search-picker/search-picker';
import { NeedFormValue, emptyNeedForm, toCreateNeedInput, toNeedFormValue, toUpdateNeedInput } from './need-fields';

/**
 * Raises a need (`/needs/new`) or changes one (`/needs/:id/edit`): what it is, where, who raised
 * it, how urgent, its themes, who may see it, and the projects and outcomes answering it.
 */
@Component({
  selector: 'cg-need-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ErrorState,
    RecordForm,
    LoadingState,
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
    RouterLink,
    SearchPicker,
  ],
  providers: [provideUkDates()],
  templateUrl: './need-form-page.html',
  styleUrl: './need-form-page.scss',
})
export class NeedFormPage {
  private readonly editor = inject(NeedEditor);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  /** The route's `:id` when editing. */
  readonly id = input<string | undefined>();

  protected readonly priorityOptions = PRIORITY_OPTIONS;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly sourceOptions = SOURCE_OPTIONS;
  protected readonly sourceLabels = NEED_SOURCE_LABELS;
  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly organisationSource = NeedSource.ORGANISATION;
  protected readonly serverError = serverError;
  protected readonly searchPlaces = (text: string) => this.editor.searchPlaces(text);
  protected readonly searchOrganisations = (text: string) => this.editor.searchOrganisations(text);

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    description: new FormControl<string | null>(null, Validators.maxLength(5000)),
    place: new FormControl<PickerValue>(null, chosenFromList),
    raisedBy: new FormControl<NeedSource>(NeedSource.COMMUNITY, { nonNullable: true }),
    raisedByOrganisation: new FormControl<PickerValue>(null, chosenFromList),
    priority: new FormControl<Priority>(Priority.MEDIUM, { nonNullable: true }),
    raisedOn: new FormControl<Date | null>(null),
    themes: new FormControl<string | null>(null),
    visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
    projectIds: new FormControl<string[]>([], { nonNullable: true }),
    outcomeIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly raisedBy = toSignal(this.form.controls.raisedBy.valueChanges, { initialValue: NeedSource.COMMUNITY });

  /** The need being edited (always 'ready' with no need when raising a new one). */
  protected readonly loaded = signal<NeedForEditState | { status: 'new' }>({ status: 'loading' });
  protected readonly editing = computed(() => !!this.id());
  protected readonly reason = computed(() => {
    const user = this.session.user();
    const state = this.loaded();
    if (!this.editing()) return mayRaiseNeeds(user) ? null : 'Only administrators of an organisation can raise needs.';
    if (state.status !== 'ready') return null;
    return mayEditNeed(user, state.need)
      ? null
      : 'Only administrators of the organisation that raised this need, or that owns its record, can change it.';
  });

  protected readonly answerChoices = signal<{ projects: PickerOption[]; outcomes: PickerOption[] }>({ projects: [], outcomes: [] });
  protected readonly flow = new RecordSave<unknown>({
    form: this.form,
    openedVersion: () => {
      const state = this.loaded();
      return state.status === 'ready' ? state.need.version : 0;
    },
    save: (version) => this.write(version),
    saved: () => void this.router.navigate(['/needs'], { queryParams: { q: this.form.getRawValue().title.trim() } }),
    refetch: () => {
      const id = this.id();
      if (id) void this.load(id);
    },
    focusFirstInvalid: () =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')
        ?.focus(),
    fieldAliases: { placeId: 'place', raisedByOrganisationId: 'raisedByOrganisation' },
  });
  protected readonly saving = this.flow.saving;
  protected readonly confirmingArchive = signal(false);
  protected readonly archiveProblem = signal('');
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');
  /** The archive confirmation takes focus when it opens. */
  private readonly archiveConfirm = viewChild<ElementRef<HTMLElement>>('archiveConfirm');

  constructor() {
    void this.editor.answerChoices().then((choices) => this.answerChoices.set(choices));
    effect(() => {
      const id = this.id();
      if (id) void this.load(id);
      else {
        this.loaded.set({ status: 'new' });
        this.form.reset(emptyNeedForm());
      }
    });
    this.form.controls.raisedBy.valueChanges.subscribe(() => this.form.controls.raisedByOrganisation.updateValueAndValidity());
    this.form.controls.raisedByOrganisation.addValidators((control) =>
      this.form?.controls.raisedBy.value === NeedSource.ORGANISATION && !isPickerOption(control.value) && !control.value ? { required: true } : null,
    );
    effect(() => this.firstField()?.nativeElement.focus());
    effect(() => this.archiveConfirm()?.nativeElement.focus());
  }

  protected async load(id: string): Promise<void> {
    this.loaded.set({ status: 'loading' });
    const state = await this.editor.load(id);
    this.loaded.set(state);
    if (state.status === 'ready') this.form.reset(toNeedFormValue(state.need));
  }

  protected submit(): Promise<void> {
    return this.flow.submit();
  }


  protected reload(): void {
    this.flow.reload();
  }

  protected async archive(): Promise<void> {
    const state = this.loaded();
    if (state.status !== 'ready') return;
    this.saving.set(true);
    this.archiveProblem.set('');
    const result = await this.editor.archive(state.need.id, state.need.version);
    this.saving.set(false);
    if (!result.ok) {
      this.archiveProblem.set(describeError(result.error).message);
      return;
    }
    void this.router.navigate(['/needs']);
  }

  private write(version: number) {
    const value = this.form.getRawValue() as NeedFormValue;
    const state = this.loaded();
    return state.status === 'ready'
      ? this.editor.update(toUpdateNeedInput(state.need.id, version, value))
      : this.editor.create(toCreateNeedInput(value));
  }
}
