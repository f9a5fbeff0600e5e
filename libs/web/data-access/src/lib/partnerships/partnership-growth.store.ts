import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { PartnershipGrowthGQL, PartnershipGrowthQuery } from '../../generated/graphql';

export type GrowthPoint = PartnershipGrowthQuery['partnershipHealthSeries']['points'][number];

export type PartnershipGrowthState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly points: readonly GrowthPoint[] };

/**
 * A partnership measured at each month end (members, sectors, ties and indices as the records
 * stood), for its "Growth over time" charts; always from the server, as a member added a moment ago
 * changes the last point. Provide it on the component that shows them.
 */
@Injectable()
export class PartnershipGrowthStore {
  private readonly gql = inject(PartnershipGrowthGQL);
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<PartnershipGrowthState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id }) =>
        this.gql.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
          map((result): PartnershipGrowthState =>
            result.data ? { status: 'ready', points: result.data.partnershipHealthSeries.points } : { status: 'error' },
          ),
          startWith<PartnershipGrowthState>({ status: 'loading' }),
          catchError(() => of<PartnershipGrowthState>({ status: 'error' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(id: string): void {
    this.request.update((current) => (current?.id === id ? current : { id, attempt: 0 }));
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}
