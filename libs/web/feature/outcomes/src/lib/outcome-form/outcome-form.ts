import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOptgroup, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { MISSION_LABELS, VISIBILITY_CHOICES } from '@cg/shared/domain';
import {
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeDetail,
  OutcomeDetailStore,
  OutcomeEditor,
  OutcomeOwnerChoice,
  SessionStore,
  Visibility,
  ownersUserMayUse,
} from '@cg/web/data-access';
import { RecordForm, RecordSave, serverError } from '@cg/web/ui';
import { DEFINER_FORM_LABELS, DEFINER_OPTIONS, MISSION_OPTIONS } from '../labels';
import { OutcomeFormValue, emptyOutcomeForm, ownerFields, ownerKey, toCreateOutcomeInput, toOutcomeFormValue, toUpdateOutcomeInput } from './outcome-fields';

/**
 * A shared outcome's details: title, description, owner (a partnership or a project), who defined
 * it and whether it was co-produced, Levelling Up missions, contributing organisations and who
 * may see it. Without `outcome` it creates one; with it, it saves changes (a stale version offers
 * "Reload" or "Keep mine").
 */
@Component({
  selector: 'cg-outcome-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOptgroup,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
  ],
  templateUrl: './outcome-form.html',
  styleUrl: './outcome-form.scss',
})
export class OutcomeForm {
  private readonly editor = inject(OutcomeEditor);
  private readonly session = inject(SessionStore);
  private readonly detail = inject(OutcomeDetailStore, { optional: true });

  /** The outcome to change; leave out to create one. */
  readonly outcome = input<OutcomeDetail | null>(null);
  /** For a new outcome: `partnership:<id>` or `project:<id>` to start with. */
  readonly initialOwner = input<string | null>(null);
  /** The new outcome's id, or the changed outcome's. */
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly definerOptions = DEFINER_OPTIONS;
  protected readonly definerLabels = DEFINER_FORM_LABELS;
  protected readonly missionOptions = MISSION_OPTIONS;
  protected readonly missionLabels = MISSION_LABELS;
  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    description: new FormControl<string | null>(null, Validators.maxLength(5000)),
    owner: new FormControl<string | null>(null, Validators.required),
    definedBy: new FormControl<OutcomeDefiner | null>(null, Validators.required),
    coProduced: new FormControl(false, { nonNullable: true }),
    missions: new FormControl<LevellingUpMission[]>([], { nonNullable: true }),
    contributorIds: new FormControl<string[]>([], { nonNullable: true }),
    visibility: new FormControl<Visibility>(Visibility.PARTNERS, { nonNullable: true }),
  });

  /** All partnerships and projects; null while loading, 'error' when they could not be fetched. */
  protected readonly choices = signal<readonly OutcomeOwnerChoice[] | null | 'error'>(null);
  private readonly ownerValue = toSignal(this.form.controls.owner.valueChanges, { initialValue: null as string | null });

  /** What the owner picker offers: the owners this user governs, and the current owner. */
  protected readonly ownerOptions = computed(() => {
    const choices = this.choices();
    if (!Array.isArray(choices)) return { partnerships: [], projects: [] };
    const allowed = new Set(ownersUserMayUse(this.session.user(), choices).map((c) => ownerKey(c.kind, c.id)));
    const current = this.outcome() ? toOutcomeFormValue(this.outcome() as OutcomeDetail).owner : null;
    const offered = choices.filter((c) => allowed.has(ownerKey(c.kind, c.id)) || ownerKey(c.kind, c.id) === current);
    return {
      partnerships: offered.filter((c) => c.kind === 'partnership'),
      projects: offered.filter((c) => c.kind === 'project'),
    };
  });

  /** Contributors to choose from: organisations taking part in the owner, and those already credited. */
  protected readonly contributorOptions = computed(() => {
    const choices = this.choices();
    const owner = ownerFields(this.ownerValue() ?? this.form.controls.owner.value);
    const byId = new Map<string, string>();
    for (const c of this.outcome()?.contributors ?? []) byId.set(c.id, c.name);
    if (Array.isArray(choices)) {
      const chosen = choices.find(
        (c) => (c.kind === 'partnership' && c.id === owner.ownerPartnershipId) || (c.kind === 'project' && c.id === owner.ownerProjectId),
      );
      for (const o of chosen?.organisations ?? []) byId.set(o.id, o.name);
    }
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  });

  protected readonly flow = new RecordSave<{ readonly id: string }>({
    form: this.form,
    openedVersion: () => this.outcome()?.version ?? 0,
    save: (version) => this.write(version),
    saved: (outcome) => this.saved.emit(outcome.id),
    refetch: () => this.detail?.retry(),
    focusFirstInvalid: () =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-radio-group.ng-invalid input')
        ?.focus(),
    fieldAliases: { ownerPartnershipId: 'owner', ownerProjectId: 'owner' },
  });
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');

  constructor() {
    void this.loadChoices();
    effect(() => {
      const outcome = this.outcome();
      if (outcome) {
        if (this.flow.takesLoadedRecord()) this.form.reset(toOutcomeFormValue(outcome));
      } else if (this.form.pristine) {
        this.form.reset(emptyOutcomeForm(this.initialOwner()));
      }
    });
    effect(() => this.firstField()?.nativeElement.focus());
  }

  protected async loadChoices(): Promise<void> {
    this.choices.set(null);
    const result = await this.editor.ownerChoices();
    this.choices.set(result.ok ? result.value : 'error');
  }

  protected submit(): Promise<void> {
    return this.flow.submit();
  }



  private write(version: number) {
    const value = this.form.getRawValue() as OutcomeFormValue;
    const outcome = this.outcome();
    return outcome ? this.editor.update(toUpdateOutcomeInput(outcome.id, version, value)) : this.editor.create(toCreateOutcomeInput(value));
  }
}
