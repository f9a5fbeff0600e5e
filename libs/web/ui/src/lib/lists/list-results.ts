import { ChangeDetectionStrategy, Component, Signal, computed, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { EmptyState } from '../empty-state/empty-state';
import { ErrorState } from '../error-state/error-state';
import { LoadingState } from '../loading-state/loading-state';
import { ListPager } from './list-pager';
import type { ConnectionPage, ConnectionPageState } from './url-list-page';

/** What ListResults shows and asks of its list (a UrlListPage's `results`). */
export interface ListResultsSource {
  readonly state: Signal<ConnectionPageState<ConnectionPage>>;
  /** The page on show (the last one, while the next loads). */
  readonly page: Signal<ConnectionPage | null>;
  readonly pageNumber: Signal<number>;
  /** "Showing 21–40 of 57 partnerships". */
  readonly summary: Signal<string>;
  readonly emptyMessage: Signal<string>;
  readonly hasFilters: Signal<boolean>;
  retry(): void;
  clearFilters(): void;
  previousPage(): void;
  nextPage(): void;
}

/**
 * The results of a UrlListPage: loading (over the last page, which stays faded), the failure
 * with "Try again", the empty state with "Clear filters", or the summary, the page's own table
 * or cards (projected) and the pager. An element marked `listEmptyAction` is offered when the
 * list is empty without filters ("Add a person"); one marked `listNote` stands above the results,
 * unfaded while the next page loads ("Best matches come first").
 */
@Component({
  selector: 'cg-list-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, ListPager, LoadingState, MatButton],
  template: `
    <section class="results" aria-labelledby="results-heading" [attr.aria-busy]="loading()" [class.stale]="loading() && !!list().page()">
      <h2 id="results-heading" class="cg-visually-hidden">Results</h2>
      <ng-content select="[listNote]" />

      @switch (list().state().status) {
        @case ('loading') {
          <cg-loading-state [class.overlay]="!!list().page()" [label]="'Finding ' + what() + '…'" />
        }
        @case ('error') {
          <cg-error-state
            [heading]="capitalised() + ' unavailable'"
            [message]="'We could not reach the server, so the ' + what() + ' cannot be shown. Check your connection and try again.'"
          >
            <button mat-flat-button type="button" (click)="list().retry()">Try again</button>
          </cg-error-state>
        }
      }

      @if (list().page(); as page) {
        @if (page.nodes.length === 0) {
          <cg-empty-state [heading]="emptyHeading()" [message]="list().emptyMessage()">
            @if (list().hasFilters()) {
              <button mat-flat-button type="button" (click)="list().clearFilters()">Clear filters</button>
            } @else {
              <ng-content select="[listEmptyAction]" />
            }
          </cg-empty-state>
        } @else {
          <p class="summary" role="status" data-testid="results-summary">{{ list().summary() }}</p>
          <div class="shown">
            <ng-content />
          </div>
          <cg-list-pager
            [label]="'Pages of ' + what()"
            [pageNumber]="list().pageNumber()"
            [hasNextPage]="page.pageInfo.hasNextPage"
            (previous)="list().previousPage()"
            (next)="list().nextPage()"
          />
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .results {
      display: grid;
      gap: 1rem;
    }
    .summary {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    /* The last results stay while the next load, faded, with the spinner above them. */
    .stale .summary,
    .stale .shown {
      opacity: 0.6;
    }
    .overlay {
      padding-block: 0;
    }
  `,
})
export class ListResults {
  readonly list = input.required<ListResultsSource>();
  /** What the list holds, plural and lower case: "partnerships". */
  readonly what = input.required<string>();

  /** The heading of an empty list without filters, where "found" would mislead: "No needs yet". */
  readonly noneYet = input('');

  protected readonly emptyHeading = computed(() =>
    !this.list().hasFilters() && this.noneYet() ? this.noneYet() : `No ${this.what()} found`,
  );
  protected readonly loading = computed(() => this.list().state().status === 'loading');
  protected readonly capitalised = computed(() => this.what().charAt(0).toUpperCase() + this.what().slice(1));
}
