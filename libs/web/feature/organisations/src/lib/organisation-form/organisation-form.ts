import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { VISIBILITY_CHOICES } from '@cg/shared/domain';
import { OrganisationEditor, OrganisationProfile, OrganisationProfileStore, OrganisationType, PostcodeLookupStore, Visibility } from '@cg/web/data-access';
import { RecordForm, RecordSave, describeError, serverError } from '@cg/web/ui';
import { TYPE_OPTIONS } from '../labels';
import { postcodeLookupLine } from '../postcode-places';
import { identifierMessage, tidyPostcode, toOrganisationFields } from './organisation-fields';

/** Loose checks only: the API has the last word, and its messages show next to the fields. */
const WEBSITE = /^(https?:\/\/)?[^\s.]+\.[^\s]+$/i;

/**
 * Changes an organisation's details (name, type, description, contacts, postcode, themes, who may
 * see it) and its org-id identifiers. A stale version offers "Reload" or "Keep mine".
 */
@Component({
  selector: 'cg-organisation-form',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
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
  ],
  // Each form looks up its own postcode field.
  providers: [PostcodeLookupStore],
  templateUrl: './organisation-form.html',
  styleUrl: './organisation-form.scss',
})
export class OrganisationForm {
  private readonly editor = inject(OrganisationEditor);
  private readonly profile = inject(OrganisationProfileStore);
  private readonly postcodes = inject(PostcodeLookupStore);

  readonly organisation = input.required<OrganisationProfile>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  protected readonly typeOptions = TYPE_OPTIONS;
  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    type: new FormControl<OrganisationType | null>(null, Validators.required),
    description: new FormControl<string | null>(null, Validators.maxLength(5000)),
    website: new FormControl<string | null>(null, Validators.pattern(WEBSITE)),
    email: new FormControl<string | null>(null, Validators.email),
    phone: new FormControl<string | null>(null, Validators.maxLength(40)),
    postcode: new FormControl<string | null>(null, Validators.maxLength(10)),
    themes: new FormControl<string | null>(null),
    visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
  });

  /** The identifier being added; its own little form, saved straight away. */
  protected readonly newIdentifier = new FormControl('', { nonNullable: true });
  protected readonly identifierError = signal<string | null>(null);
  protected readonly identifierBusy = signal(false);
  /** Said in a polite live region after an identifier is added or removed. */
  protected readonly identifierStatus = signal('');

  /** Where the postcode lies (LSOA, ward, local authority), or why we cannot tell; said politely under the field. */
  protected readonly postcodePlaces = computed(() => postcodeLookupLine(this.postcodes.state()));

  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');
  protected readonly flow = new RecordSave({
    form: this.form,
    openedVersion: () => this.organisation().version,
    save: (version) => this.editor.update({ id: this.organisation().id, version, ...toOrganisationFields(this.form.getRawValue()) }),
    saved: () => this.saved.emit(),
    refetch: () => this.profile.retry(),
    focusFirstInvalid: () =>
      this.firstField()?.nativeElement.closest('form')?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus(),
  });

  constructor() {
    this.newIdentifier.valueChanges.subscribe(() => this.identifierError.set(null));
    effect(() => {
      const organisation = this.organisation();
      if (this.flow.takesLoadedRecord()) {
        this.form.reset({
          name: organisation.name,
          type: organisation.type,
          description: organisation.description,
          website: organisation.website,
          email: organisation.email,
          phone: organisation.phone,
          postcode: organisation.postcode,
          themes: organisation.themes.join(', '),
          visibility: organisation.visibility,
        });
        untracked(() => void this.postcodes.lookup(organisation.postcode));
      }
    });
    effect(() => this.firstField()?.nativeElement.focus());
  }

  /** After the postcode field loses focus: where does it lie? */
  protected lookupPostcode(): void {
    if (this.form.controls.postcode.invalid) return;
    void this.postcodes.lookup(tidyPostcode(this.form.controls.postcode.value));
  }

  protected async addIdentifier(): Promise<void> {
    const identifier = this.newIdentifier.value.trim().toUpperCase();
    this.identifierStatus.set('');
    if (!identifier) {
      this.showIdentifierError('Enter an identifier such as GB-CHC-1234567.');
      return;
    }
    this.identifierBusy.set(true);
    this.identifierError.set(null);
    const result = await this.editor.addIdentifier(this.organisation().id, this.organisation().version, identifier);
    this.identifierBusy.set(false);
    if (result.ok) {
      this.newIdentifier.reset('');
      this.identifierStatus.set(`${identifier} added.`);
      return;
    }
    const problem = describeError(result.error);
    this.showIdentifierError(identifierMessage(problem.fieldErrors, problem.code) ?? problem.message);
  }

  protected async removeIdentifier(identifier: string): Promise<void> {
    this.identifierBusy.set(true);
    this.identifierError.set(null);
    const result = await this.editor.removeIdentifier(this.organisation().id, this.organisation().version, identifier);
    this.identifierBusy.set(false);
    if (result.ok) {
      this.identifierStatus.set(`${identifier} removed.`);
      return;
    }
    const problem = describeError(result.error);
    this.showIdentifierError(problem.fieldErrors['identifier'] ?? problem.message);
  }

  /** Shows the message under the identifier box (cleared again as soon as the person types). */
  private showIdentifierError(message: string): void {
    this.identifierError.set(message);
    this.newIdentifier.setErrors({ server: message });
    this.newIdentifier.markAsTouched();
  }
}
