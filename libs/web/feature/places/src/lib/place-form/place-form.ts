import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { VISIBILITY_CHOICES } from '@cg/shared/domain';
import { OrganisationRole, PlaceEditor, PlaceFields, PlaceChoice, SessionStore } from '@cg/web/data-access';
import { RecordForm, RecordSave, SearchSelect, SearchSelectSearch, serverError } from '@cg/web/ui';
import { createPlaceForm, placeFormValue, toCreatePlaceInput, toUpdatePlaceInput } from './place-form.model';

/**
 * Adds a community-defined place inside a chosen place, or changes one: name, code (on adding
 * only), population and who can see it. Messages sit next to the fields they are about; a
 * clash with someone else's save offers "reload" or "keep mine".
 */
@Component({
  selector: 'cg-place-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordForm, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, SearchSelect],
  templateUrl: './place-form.html',
  styles: `
    :host {
      display: block;
    }
    .place-form,
    .grid {
      display: grid;
      gap: 0.75rem 1rem;
    }
    .grid {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      align-items: start;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .fixed {
      margin: 0;
    }
    .fixed .label {
      display: block;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class PlaceForm {
  private readonly editor = inject(PlaceEditor);
  private readonly session = inject(SessionStore);

  /** The place to change; none to add one. */
  readonly place = input<PlaceFields | null>(null);
  /** Where a new place lies, chosen before the form opened (it can be changed). */
  readonly parent = input<PlaceChoice | null>(null);
  readonly saved = output<PlaceFields>();
  readonly cancelled = output<void>();
  /** "Reload" after a clash: the page fetches the place again and the form refills from it. */
  readonly reloadRequested = output<void>();

  protected readonly visibilityOptions = VISIBILITY_CHOICES;
  protected readonly serverError = serverError;
  protected readonly editing = computed(() => !!this.place());
  protected readonly form = createPlaceForm();
  protected readonly chosenParent = signal<PlaceChoice | null>(null);
  protected readonly submitted = signal(false);
  protected readonly flow = new RecordSave<PlaceFields>({
    form: this.form,
    // A new place needs the place it lies within, picked from the list.
    incomplete: () => !this.editing() && (!this.chosenParent() || !!this.parentPicker()?.unresolved()),
    openedVersion: () => this.place()?.version ?? 0,
    save: (version) => this.write(version),
    saved: (place) => this.saved.emit(place),
    refetch: () => this.reloadRequested.emit(),
    focusFirstInvalid: () => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid')?.focus(),
    failed: (problem) => {
      if (problem.fieldErrors['name']) this.nameInput().nativeElement.focus();
    },
  });
  protected readonly parentError = computed(
    () => this.flow.problem()?.fieldErrors['parentId'] ?? (this.submitted() && !this.chosenParent() ? 'Choose the place it lies within.' : null),
  );
  /** The organisations a new place could belong to, when the user administers more than one. */
  protected readonly ownerChoices = computed(() => {
    const administered = (this.session.user()?.memberships ?? []).filter((m) => m.role === OrganisationRole.ORG_ADMIN);
    return this.editing() || administered.length < 2 ? [] : administered;
  });
  protected readonly searchPlaces: SearchSelectSearch = (text) => this.editor.search(text);
  private readonly parentPicker = viewChild(SearchSelect);
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    // Someone with several organisations starts with their first, and says otherwise if need be.
    effect(() => {
      const [first] = this.ownerChoices();
      if (first && !this.form.controls.owner.value) this.form.controls.owner.setValue(first.organisationId);
    });
    effect(() => {
      const parent = this.parent();
      if (parent && !this.chosenParent()) this.chosenParent.set(parent);
    });
    // Fill from the place being changed; again after "Reload" brings the latest.
    effect(() => {
      const place = this.place();
      if (!place) return;
      if (this.flow.takesLoadedRecord()) {
        this.form.reset(placeFormValue(place));
      }
    });
  }

  protected visibilityHint(): string {
    return this.visibilityOptions.find(([value]) => value === this.form.controls.visibility.value)?.[2] ?? '';
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.parentPicker()?.markAsTouched();
    await this.flow.submit();
  }



  private write(version: number) {
    const place = this.place();
    const value = this.form.getRawValue();
    return place
      ? this.editor.update(toUpdatePlaceInput(place.id, version, value))
      : this.editor.create(toCreatePlaceInput(this.chosenParent()?.id ?? '', value));
  }
}
