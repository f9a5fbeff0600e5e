import { ChangeDetectionStrategy, Component, ElementRef, input, model, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { Observable, Subject, debounceTime, switchMap } from 'rxjs';

/** One choice in a picker. */
export interface PickerOption {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

/** Where a picker's options come from: null means the search failed. */
export type PickerSearch = (text: string) => Observable<readonly PickerOption[] | null>;

let nextId = 0;

/**
 * Chooses several records by typing part of a name: matches appear as you type (and on focus,
 * so likely choices show before typing), chosen ones become chips that Backspace or × removes.
 */
@Component({
  selector: 'cg-search-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocomplete, MatAutocompleteTrigger, MatChipGrid, MatChipInput, MatChipRemove, MatChipRow, MatFormField, MatHint, MatLabel, MatOption],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label() + ', chosen'">
        @for (item of selected(); track item.id) {
          <mat-chip-row (removed)="remove(item)" [attr.data-testid]="testId() + '-chip'">
            {{ item.label }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + item.label">
              <span aria-hidden="true">×</span>
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Outside the chip grid: a combobox may not sit inside role=grid (axe aria-required-children). -->
      <input
        #text
        [id]="inputId"
        [attr.data-testid]="testId()"
        autocomplete="off"
        [placeholder]="selected().length ? '' : placeholder()"
        [matChipInputFor]="grid"
        [matAutocomplete]="auto"
        (input)="search(text.value)"
        (focus)="search(text.value)"
      />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pick($event)">
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
              <mat-option disabled>No matches for “{{ typed() }}”.</mat-option>
            }
          }
        }
      </mat-autocomplete>
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
    button[matChipRemove] {
      font-size: 1.25rem;
      line-height: 1;
      border: 0;
      background: none;
      color: inherit;
      cursor: pointer;
    }
  `,
})
export class SearchPicker {
  readonly label = input.required<string>();
  readonly searchWith = input.required<PickerSearch>();
  readonly placeholder = input('Type to search');
  readonly hint = input('');
  readonly testId = input('picker');
  readonly selected = model<readonly PickerOption[]>([]);

  protected readonly inputId = `cg-search-picker-${nextId++}`;
  protected readonly options = signal<readonly PickerOption[] | null>([]);
  protected readonly searching = signal(false);
  protected readonly typed = signal('');
  private readonly textInput = viewChild.required<ElementRef<HTMLInputElement>>('text');
  private readonly queries = new Subject<string>();

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
        const chosen = new Set(this.selected().map((s) => s.id));
        this.options.set(options ? options.filter((o) => !chosen.has(o.id)) : null);
      });
  }

  protected search(text: string): void {
    this.typed.set(text.trim());
    this.queries.next(text);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as PickerOption;
    if (!this.selected().some((s) => s.id === option.id)) this.selected.set([...this.selected(), option]);
    this.textInput().nativeElement.value = '';
    this.typed.set('');
    this.options.update((list) => list?.filter((o) => o.id !== option.id) ?? list);
  }

  protected remove(option: PickerOption): void {
    this.selected.set(this.selected().filter((s) => s.id !== option.id));
  }
}
