import { ChangeDetectionStrategy, Component, computed, effect, input, model, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Observable, Subject, debounceTime, switchMap } from 'rxjs';

/** One choice in a search select. */
export interface SearchSelectOption {
  readonly id: string;
  readonly label: string;
  /** Shown after the label in the list, and under the box once chosen ("Ward, in Millbrook"). */
  readonly detail?: string;
}

/** Where the options come from: null means the search failed. */
export type SearchSelectSearch = (text: string) => Observable<readonly SearchSelectOption[] | null>;

/** What the box holds: the chosen option, or the text typed while nothing is chosen. */
type BoxValue = SearchSelectOption | string | null;

function isOption(value: BoxValue): value is SearchSelectOption {
  return !!value && typeof value === 'object';
}

/** Text typed but nothing chosen from the list. */
export function unchosenText(value: BoxValue): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Chooses one record from a list too long for a menu (a place among thousands): matches appear
 * as you type, the chosen one fills the box, and typing again (or Clear) forgets it. Says so
 * when text was typed but nothing chosen, so a half-typed name is never taken for a choice.
 */
@Component({
  selector: 'cg-search-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocomplete, MatAutocompleteTrigger, MatError, MatFormField, MatHint, MatIconButton, MatInput, MatLabel, MatOption, MatSuffix, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [required]="required()"
        [formControl]="box"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId() || null"
        (input)="search(box.value)"
        (focus)="onFocus()"
      />
      @if (selected(); as chosen) {
        <button matIconButton matSuffix type="button" [attr.aria-label]="'Clear ' + label().toLowerCase()" (click)="clear()">
          <span aria-hidden="true">×</span>
        </button>
      }
      <mat-autocomplete #auto [displayWith]="display" (optionSelected)="pick($event)">
        @if (options() === null) {
          <mat-option disabled>Search is not working just now. Try again.</mat-option>
        } @else {
          @for (option of options(); track option.id) {
            <mat-option [value]="option">
              {{ option.label }}
              @if (option.detail) {
                <span class="detail"> · {{ option.detail }}</span>
              }
            </mat-option>
          } @empty {
            @if (!searching() && typed()) {
              <mat-option disabled>Nothing matches “{{ typed() }}”.</mat-option>
            }
          }
        }
      </mat-autocomplete>
      @if (selected()?.detail; as detail) {
        <mat-hint>{{ detail }}</mat-hint>
      } @else if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (box.hasError('notChosen')) {
        <mat-error>Choose from the list, or clear the box.</mat-error>
      } @else if (errorText(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .detail {
      color: var(--mat-sys-on-surface-variant);
    }
    button[matIconButton] {
      font-size: 1.5rem;
      line-height: 1;
    }
  `,
})
export class SearchSelect {
  readonly label = input.required<string>();
  readonly searchWith = input.required<SearchSelectSearch>();
  readonly hint = input('');
  /** A message from outside (required and not chosen, or the server's), shown as the field's error. */
  readonly errorText = input<string | null>(null);
  readonly required = input(false);
  readonly testId = input('');
  readonly selected = model<SearchSelectOption | null>(null);

  protected readonly box = new FormControl<BoxValue>(null, (control: AbstractControl<BoxValue>): ValidationErrors | null =>
    unchosenText(control.value) ? { notChosen: true } : null,
  );
  protected readonly options = signal<readonly SearchSelectOption[] | null>([]);
  protected readonly searching = signal(false);
  protected readonly typed = signal('');
  private readonly boxValue = toSignal(this.box.valueChanges, { initialValue: this.box.value });
  /** Text typed but not chosen: the form holding this should not save until it is resolved. */
  readonly unresolved = computed(() => unchosenText(this.boxValue()));
  private readonly queries = new Subject<string>();

  protected readonly display = (value: BoxValue): string => (isOption(value) ? value.label : (value ?? ''));

  constructor() {
    this.queries
      .pipe(
        debounceTime(200),
        switchMap((text) => {
          this.searching.set(true);
          return this.searchWith()(text);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.searching.set(false);
        this.options.set(options);
      });

    // The choice set from outside (a record being edited, "Reload") fills the box.
    effect(() => {
      const chosen = this.selected();
      const current = this.box.value;
      if (chosen && (!isOption(current) || current.id !== chosen.id)) this.box.setValue(chosen);
      if (!chosen && isOption(current)) this.box.setValue(null);
    });

    // An error from outside shows at once, as a server message would.
    effect(() => {
      const message = this.errorText();
      if (message) {
        this.box.setErrors({ ...(this.box.errors ?? {}), outside: true });
        this.box.markAsTouched();
      } else {
        this.box.updateValueAndValidity({ emitEvent: false });
      }
    });
  }

  /** Shows "choose from the list" when something was typed but not chosen (before saving). */
  markAsTouched(): void {
    this.box.markAsTouched();
    this.box.updateValueAndValidity({ emitEvent: false });
  }

  /** Offers choices on arrival only while nothing is chosen, so tabbing past a choice does not open a list over the form. */
  protected onFocus(): void {
    if (!this.selected()) this.search(this.box.value);
  }

  protected search(value: BoxValue): void {
    const text = isOption(value) ? '' : (value ?? '');
    // Typing again forgets the last choice until one is picked.
    if (!isOption(value) && this.selected()) this.selected.set(null);
    this.typed.set(text.trim());
    this.queries.next(text);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    this.selected.set(event.option.value as SearchSelectOption);
    this.typed.set('');
    this.options.set([]);
  }

  protected clear(): void {
    this.selected.set(null);
    this.box.setValue(null);
    this.typed.set('');
  }
}
