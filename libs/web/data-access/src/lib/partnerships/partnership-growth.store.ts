import { Injectable, Signal, inject } from '@angular/core';
import { map } from 'rxjs';
import { PartnershipGrowthGQL, PartnershipGrowthQuery } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byId = new RequestStore<string, PartnershipGrowthState>({
    fetch: (id) =>
      this.gql
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result): PartnershipGrowthState => (result.data ? { status: 'ready', points: result.data.partnershipHealthSeries.points } : { status: 'error' }))),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
  });
  readonly state: Signal<PartnershipGrowthState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
  }
}
