import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, SubscriptSizing } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Observable, Subject, debounceTime, distinctUntilChanged, merge, switchMap } from 'rxjs';
import { serverError } from '../forms/graphql-problem';

/** One organisation offered by the picker: its name, and what tells it apart ("Charity, Leeds"). */
export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
  readonly detail?: string;
}

/** Where the picker's organisations come from: null means the search failed. */
export type OrganisationSearch = (text: string) => Observable<readonly OrganisationChoice[] | null>;

/**
 * The organisation box of a record form (a partnership's member, a person's affiliation):
 * matches appear as you type, and the chosen one's id goes into the form's `control`.
 * Typing again forgets the choice until one is picked, so a half-typed name is never saved.
 * Its message sits under the box once either the box or the control has been touched.
 */
@Component({
  selector: 'cg-organisation-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    ReactiveFormsModule,
  ],
  templateUrl: './organisation-picker.html',
  styleUrl: './organisation-picker.scss',
})
export class OrganisationPicker {
  /** The form's organisation id: set when one is picked, cleared when typing starts again. */
  readonly control = input.required<FormControl<string | null>>();
  readonly searchWith = input.required<OrganisationSearch>();
  readonly testId = input.required<string>();
  readonly label = input('Organisation');
  readonly hint = input('Type part of the name, then choose from the list.');
  /** Said when nothing has been picked and the control requires it. */
  readonly requiredMessage = input('Choose an organisation from the list.');
  /** Organisations already taken (members, current affiliations), left out of the list. */
  readonly leaveOut = input<readonly string[]>([]);
  readonly subscriptSizing = input<SubscriptSizing>('fixed');
  /** The organisation chosen; set from outside, it fills the box (the record being edited). */
  readonly chosen = model<OrganisationChoice | null>(null);

  /** What is typed (the picker searches as it changes); the form checks it with its own answers. */
  readonly box = new FormControl('', { nonNullable: true });
  protected readonly options = signal<readonly OrganisationChoice[] | null>([]);
  protected readonly searching = signal(false);
  private readonly typed = new Subject<string>();
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('boxInput');
  /** Counts the changes of the control and the box (touched on Save, a server message) to redraw this OnPush box. */
  private readonly stateChanges = signal(0);

  constructor() {
    this.typed
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((text) => {
          this.searching.set(true);
          return this.searchWith()(text);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.searching.set(false);
        const taken = new Set(this.leaveOut());
        this.options.set(options ? options.filter((o) => !taken.has(o.id)) : null);
      });

    effect(() => {
      const chosen = this.chosen();
      if (chosen) untracked(() => chosen.name !== this.box.value && this.box.setValue(chosen.name));
    });

    effect((onCleanup) => {
      const changes = merge(this.control().events, this.box.events).subscribe(() =>
        this.stateChanges.update((n) => n + 1),
      );
      onCleanup(() => changes.unsubscribe());
    });
  }

  /** What the form's save flow checks and touches with its own answers (see RecordSave's `alsoCheck`). */
  ownControls(): readonly FormControl[] {
    return [this.box];
  }

  focus(): void {
    this.input().nativeElement.focus();
  }

  protected onInput(text: string): void {
    // Typing again forgets the last choice until one is picked from the list.
    if (this.chosen() && text !== this.chosen()?.name) this.chosen.set(null);
    if (!this.chosen() && this.control().value) this.control().setValue(null);
    this.typed.next(text);
  }

  protected onFocus(): void {
    // Back in a box with text but no choice: offer the matches again.
    if (!this.chosen() && this.box.value.trim()) this.typed.next(this.box.value);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as OrganisationChoice;
    this.chosen.set(option);
    this.box.setValue(option.name);
    this.control().setValue(option.id);
    this.control().markAsTouched();
  }

  protected readonly displayName = (value: OrganisationChoice | string | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected readonly error = computed(() => {
    this.stateChanges();
    const control = this.control();
    if (!control.touched && !this.box.touched) return null;
    return serverError(control) ?? (control.hasError('required') ? this.requiredMessage() : null);
  });
}
