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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { LAWFUL_BASIS_LABELS, LAWFUL_BASIS_OPTIONS, VISIBILITY_CHOICES } from '@cg/shared/domain';
import {
  LawfulBasis,
  OrganisationNamesStore,
  OrganisationRole,
  PersonDetail,
  PersonEditor,
  SessionStore,
  Visibility,
} from '@cg/web/data-access';
import {
  RecordForm,
  RecordSave,
  describeError,
  provideUkDates,
  serverError,
  toIsoDate,
} from '@cg/web/ui';
import { merge } from 'rxjs';
import {
  EMAIL_PATTERN,
  PersonFormValue,
  consentRule,
  toCreatePersonInput,
  toPersonFormValue,
  toUpdatePersonInput,
} from '../person-fields';

/** After a save: the person as saved, and what went wrong with their first affiliation, if anything. */
export interface PersonSaved {
  readonly person: PersonDetail;
  readonly affiliationProblem: string | null;
}

/**
 * Adds a person or changes one: name, contact details, the voice they bring, consent and its
 * lawful basis, private notes, and who holds and sees the record. When adding someone from an
 * organisation's profile, their role there is asked for too. Messages sit next to their fields.
 */
@Component({
  selector: 'cg-person-form',
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
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './person-form.html',
  styleUrl: './person-form.scss',
})
export class PersonForm {
  private readonly editor = inject(PersonEditor);
  private readonly session = inject(SessionStore);
  private readonly names = inject(OrganisationNamesStore);

  /** The person to change; none to add one. */
  readonly person = input<PersonDetail | null>(null);
  /** When adding: the organisation they work with, whose role is asked for and which holds the record by default. */
  readonly organisation = input<{ readonly id: string; readonly name: string } | null>(null);
  readonly saved = output<PersonSaved>();
  readonly cancelled = output<void>();
  /** "Reload" after a conflict: the page should ask the server for the person again. */
  readonly reloadRequested = output<void>();

  protected readonly editing = computed(() => !!this.person());
  protected readonly lawfulBasisOptions = LAWFUL_BASIS_OPTIONS;
  protected readonly lawfulBasisLabels = LAWFUL_BASIS_LABELS;
  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    email: new FormControl<string | null>(null, [Validators.pattern(EMAIL_PATTERN), Validators.maxLength(254)]),
    phone: new FormControl<string | null>(null, Validators.maxLength(40)),
    livedExperience: new FormControl(false, { nonNullable: true }),
    communityRepresentative: new FormControl(false, { nonNullable: true }),
    lawfulBasis: new FormControl<LawfulBasis | null>(null, consentRule('lawfulBasis')),
    consentDate: new FormControl<Date | null>(null, consentRule('consentDate')),
    consentPurpose: new FormControl<string | null>(null, Validators.maxLength(1000)),
    privateNotes: new FormControl<string | null>(null, Validators.maxLength(5000)),
    ownerOrganisationId: new FormControl<string | null>(null),
    visibility: new FormControl<Visibility>(Visibility.PRIVATE, { nonNullable: true }),
  });

  /** Their role at the organisation they are added from (adding only). */
  protected readonly role = new FormGroup({
    title: new FormControl<string | null>(null, Validators.maxLength(200)),
    fromDate: new FormControl<Date | null>(null),
    isPrimary: new FormControl(true, { nonNullable: true }),
  });

  /** Organisations that may hold the record: those the user administers, and the one holding it now. */
  protected readonly ownerChoices = computed(() => {
    const user = this.session.user();
    const names = this.names.names();
    const choices = new Map<string, string>();
    for (const m of user?.memberships ?? []) {
      if (m.role === OrganisationRole.ORG_ADMIN)
        choices.set(m.organisationId, m.organisationName ?? names[m.organisationId] ?? 'Your organisation');
    }
    const organisation = this.organisation();
    if (organisation && user?.isInstanceAdmin) choices.set(organisation.id, organisation.name);
    const current = this.person()?.ownerOrganisationId;
    if (current && !choices.has(current)) choices.set(current, names[current] ?? 'The organisation holding it now');
    return [...choices].map(([id, name]) => ({ id, name }));
  });

  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');

  constructor() {
    // The consent rules read each other's answers: re-check both when any of them changes.
    const { lawfulBasis, consentDate, consentPurpose } = this.form.controls;
    merge(lawfulBasis.valueChanges, consentDate.valueChanges, consentPurpose.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        lawfulBasis.updateValueAndValidity({ emitEvent: false });
        consentDate.updateValueAndValidity({ emitEvent: false });
      });

    effect(() => this.names.want([this.person()?.ownerOrganisationId]));

    // Fill from the person being changed; again after "Reload" brings the latest.
    effect(() => {
      const person = this.person();
      if (person && this.flow.takesLoadedRecord()) {
        this.flow.problem.set(null);
        this.form.reset(toPersonFormValue(person));
      }
    });

    // A new person is held by the organisation they are added from, if the user may hold it there.
    effect(() => {
      if (this.person() || this.form.controls.ownerOrganisationId.dirty) return;
      const choices = this.ownerChoices().map((c) => c.id);
      const preferred = this.organisation()?.id;
      this.form.controls.ownerOrganisationId.setValue(
        preferred && choices.includes(preferred) ? preferred : (choices[0] ?? null),
      );
    });

    effect(() => this.firstField()?.nativeElement.focus());
  }

  /** Checks, saves (then links a new person to the organisation they were added from), handles a CONFLICT. */
  protected readonly flow = new RecordSave<PersonDetail>({
    form: this.form,
    alsoCheck: () => (!this.editing() && this.organisation() ? [this.role] : []),
    openedVersion: () => this.person()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue() as PersonFormValue;
      const person = this.person();
      return person
        ? this.editor.update(
            toUpdatePersonInput(person.id, version, value),
            person.affiliations.map((a) => a.organisationId),
          )
        : this.editor.create(toCreatePersonInput(value));
    },
    saved: async (saved) => {
      const affiliationProblem = this.person() ? null : await this.addFirstAffiliation(saved.id);
      this.saved.emit({ person: saved, affiliationProblem });
    },
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () => this.focusFirstInvalid(),
    failed: () => this.focusFirstInvalid(),
  });

  /** Links a new person to the organisation they were added from; the sentence to show if that failed. */
  private async addFirstAffiliation(personId: string): Promise<string | null> {
    const organisation = this.organisation();
    if (!organisation) return null;
    const role = this.role.getRawValue();
    const result = await this.editor.addAffiliation({
      personId,
      organisationId: organisation.id,
      title: role.title?.trim() || null,
      fromDate: role.fromDate ? toIsoDate(role.fromDate) : null,
      isPrimary: role.isPrimary,
    });
    return result.ok ? null : describeError(result.error).message;
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() =>
      this.firstField()
        ?.nativeElement.closest('form')
        ?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')
        ?.focus(),
    );
  }
}
