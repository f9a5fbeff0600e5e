import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ErrorState } from '../error-state/error-state';
import { LoadingState } from '../loading-state/loading-state';

/** Where a record page's store is: loading, missing, unreachable, or ready (when this shows nothing). */
export type RecordPageStatus = 'loading' | 'not-found' | 'error' | 'ready';

/**
 * The top of a record page (partnership, project, organisation, outcome) until its record is
 * there: the way back to the list, then "Loading the partnership…", "Partnership not found" with
 * a way to the list, or "Partnership unavailable" with "Try again". Its host takes no box, so the
 * page's grid lays these out as it did its own.
 */
@Component({
  selector: 'cg-record-page-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, LoadingState, MatButton, RouterLink],
  template: `
    <p class="back">
      <a [routerLink]="listLink()">All {{ plural() }}</a>
    </p>

    @switch (status()) {
      @case ('loading') {
        <h1 class="cg-visually-hidden">{{ capitalised() }}</h1>
        <cg-loading-state [label]="'Loading the ' + what() + '…'" />
      }
      @case ('not-found') {
        <h1 class="page-title">{{ capitalised() }} not found</h1>
        <p class="lead" data-testid="not-found">{{ notFound() }}</p>
        <p>
          <a mat-flat-button [routerLink]="listLink()">{{ listAction() || 'See all ' + plural() }}</a>
        </p>
      }
      @case ('error') {
        <h1 class="cg-visually-hidden">{{ capitalised() }}</h1>
        <cg-error-state
          [heading]="capitalised() + ' unavailable'"
          [message]="
            'We could not reach the server, so this ' +
            what() +
            ' cannot be shown. Check your connection and try again.'
          "
        >
          <button mat-flat-button type="button" (click)="retry.emit()">Try again</button>
        </cg-error-state>
      }
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class RecordPageState {
  readonly status = input.required<RecordPageStatus>();
  /** The record, lower case: "partnership". */
  readonly what = input.required<string>();
  /** "partnerships", for "All partnerships". */
  readonly plural = input.required<string>();
  readonly listLink = input.required<string>();
  /** Why nothing is at this address ("…or you do not have access to it"). */
  readonly notFound = input.required<string>();
  /** The button to the list when not found; "See all partnerships" unless given. */
  readonly listAction = input('');
  readonly retry = output<void>();

  protected readonly capitalised = computed(() => this.what().charAt(0).toUpperCase() + this.what().slice(1));
}
