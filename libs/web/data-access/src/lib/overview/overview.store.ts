import { Injectable, Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, map, of } from 'rxjs';
import { OverviewGQL, OverviewQuery } from '../../generated/graphql';

export type Overview = OverviewQuery['overview'];

/** What the home page can be showing; `ready` always carries data. */
export type OverviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly overview: Overview };

/**
 * Headline figures as a signal. Provide it on the page that uses it, so the
 * query lives and dies with that page.
 */
@Injectable()
export class OverviewStore {
  private readonly queryRef = inject(OverviewGQL).watch();

  readonly state: Signal<OverviewState> = toSignal(
    this.queryRef.valueChanges.pipe(
      map(toOverviewState),
      // Apollo reports failures in `result.error`; this catches anything thrown besides.
      catchError(() => of<OverviewState>({ status: 'error' })),
    ),
    { initialValue: { status: 'loading' } },
  );

  /** Asks the server again, e.g. after the error state's "Try again". */
  retry(): void {
    // A failure also arrives through `valueChanges` as the error state, so the
    // rejected promise carries nothing new.
    this.queryRef.refetch().catch(() => undefined);
  }
}

function toOverviewState(result: ObservableQuery.Result<OverviewQuery>): OverviewState {
  if (result.error) {
    return { status: 'error' };
  }
  if (result.dataState === 'complete') {
    return { status: 'ready', overview: result.data.overview };
  }
  return { status: 'loading' };
}
