import { Injectable, Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of, startWith } from 'rxjs';
import { FailedEmailsGQL, FailedEmailsQuery } from '../../generated/graphql';

export type FailedEmailRow = FailedEmailsQuery['failedEmails'][number];

export type FailedEmailsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly emails: readonly FailedEmailRow[] };

/** Emails that could not be delivered, for instance admins. Provide on the page that shows them. */
@Injectable()
export class FailedEmailsStore {
  private readonly gql = inject(FailedEmailsGQL);

  readonly state: Signal<FailedEmailsState> = toSignal(
    this.gql.fetch({ fetchPolicy: 'network-only' }).pipe(
      map((result): FailedEmailsState => ({ status: 'ready', emails: result.data?.failedEmails ?? [] })),
      catchError((error: unknown) => of<FailedEmailsState>({ status: 'error', error })),
      startWith<FailedEmailsState>({ status: 'loading' }),
    ),
    { requireSync: true },
  );
}
