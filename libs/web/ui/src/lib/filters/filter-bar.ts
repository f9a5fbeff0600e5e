import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/**
 * The filters above a list or map: an optional search box across the top, the page's own fields
 * (projected: `cg-filter-select`s, dates, checkboxes) in a grid of equal columns, and
 * "Clear filters" while any is in use. Pages may set the columns' least width
 * (`--cg-filter-column`, 12rem) and the search box's span (`--cg-filter-search-span`, the whole row).
 */
@Component({
  selector: 'cg-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatHint, MatInput, MatLabel],
  template: `
    <form class="filters" [attr.role]="landmark() ? 'search' : null" [attr.aria-label]="label()" (submit)="submit($event)">
      @if (searchLabel()) {
        <mat-form-field class="search-field" appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ searchLabel() }}</mat-label>
          <input
            #searchInput
            matInput
            type="search"
            name="q"
            autocomplete="off"
            [attr.data-testid]="searchTestId()"
            [value]="search()"
            (input)="searchTyped.emit(searchInput.value)"
          />
          @if (searchHint()) {
            <mat-hint>{{ searchHint() }}</mat-hint>
          }
        </mat-form-field>
      }
      <ng-content />
      @if (hasFilters()) {
        <button class="clear" mat-stroked-button type="button" (click)="cleared.emit()">Clear filters</button>
      }
    </form>
  `,
  styles: `
    :host { display: block; }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--cg-filter-column, 12rem)), 1fr));
      gap: 1rem;
      align-items: start;
    }
    .search-field { grid-column: var(--cg-filter-search-span, 1 / -1); }
    .clear { align-self: center; justify-self: start; }
  `,
})
export class FilterBar {
  /** The form's accessible name: "Partnerships", "Filters for the map". */
  readonly label = input.required<string>();
  /** Whether the form is a search landmark (a list's filters), or a plain form (a map's). */
  readonly landmark = input(true);
  readonly hasFilters = input.required<boolean>();
  /** The search box's label ("Search by name"); none without it. */
  readonly searchLabel = input('');
  readonly searchTestId = input('');
  readonly searchHint = input('');
  /** The search text in use (from the URL). */
  readonly search = input('');
  /** Each change of the search text, as typed (the page waits for typing to rest). */
  readonly searchTyped = output<string>();
  /** The search text, on Enter: search now. */
  readonly searchSubmitted = output<string>();
  readonly cleared = output<void>();

  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('searchInput');

  protected submit(event: Event): void {
    event.preventDefault();
    const input = this.searchInput();
    if (input) this.searchSubmitted.emit(input.nativeElement.value);
  }
}
