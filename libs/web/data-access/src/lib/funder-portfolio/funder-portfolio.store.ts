import { Injectable, Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { FunderGrantsPageGQL, FunderGrantsPageQuery, FunderPortfolioGQL, FunderPortfolioQuery, PortfolioFunderOptionsGQL } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { isNotFoundError } from '../graphql/errors';

export type FunderPortfolio = FunderPortfolioQuery['funderPortfolio'];
export type FunderGrant = FunderGrantsPageQuery['fundings']['nodes'][number];

export type FunderPortfolioState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly portfolio: FunderPortfolio };

export interface PortfolioFunderOption {
  readonly id: string;
  readonly name: string;
}

/**
 * One funder's portfolio as a signal, the funders an instance admin may pick from, and every
 * grant of the funder for the CSV download. Provide it on the funder portfolio page.
 */
@Injectable()
export class FunderPortfolioStore {
  private readonly portfolioGql = inject(FunderPortfolioGQL);
  private readonly grantsGql = inject(FunderGrantsPageGQL);
  private readonly optionsGql = inject(PortfolioFunderOptionsGQL);
  private readonly byFunder = new RequestStore<{ readonly funderId: string; readonly year: number | null }, FunderPortfolioState>({
    fetch: ({ funderId, year }, fetchPolicy) =>
      this.portfolioGql.watch({ variables: { funderId, period: yearPeriod(year) }, fetchPolicy }).valueChanges.pipe(map(toState)),
    initial: { status: 'idle' },
    loading: { status: 'loading' },
    failed: (error) => (isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
    same: (a, b) => a.funderId === b.funderId && a.year === b.year,
  });
  readonly state: Signal<FunderPortfolioState> = this.byFunder.state;

  /** Organisations of type FUNDER the reader may see, by name (for the instance admin's picker). */
  readonly funderOptions: Signal<PortfolioFunderOption[]> = toSignal(
    this.optionsGql.fetch().pipe(
      map((result) => (result.data?.organisations.nodes ?? []).map(({ id, name }) => ({ id, name }))),
      catchError(() => of<PortfolioFunderOption[]>([])),
    ),
    { initialValue: [] },
  );

  /** The funder's portfolio for one calendar year of awards, or for all time when `year` is null. */
  load(funderId: string, year: number | null = null): void {
    this.byFunder.load({ funderId, year });
  }

  retry(): void {
    this.byFunder.retry();
  }

  /** Every grant of the funder the reader may see, page by page (200 at a time). */
  async allGrants(funderId: string): Promise<FunderGrant[]> {
    const grants: FunderGrant[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await firstValueFrom(
        this.grantsGql.fetch({ variables: { funderId, after }, fetchPolicy: 'network-only' }),
      );
      if (result.error || !result.data) throw result.error ?? new Error('No grants came back.');
      const page: FunderGrantsPageQuery['fundings'] = result.data.fundings;
      grants.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return grants;
      after = page.pageInfo.endCursor;
    }
  }
}

/** A calendar year as the API's funding period (grants awarded from 1 January to 31 December). */
export function yearPeriod(year: number | null): { from: string; to: string } | null {
  return year === null ? null : { from: `${year}-01-01`, to: `${year}-12-31` };
}

function toState(result: ObservableQuery.Result<FunderPortfolioQuery>): FunderPortfolioState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState !== 'complete') return { status: 'loading' };
  return { status: 'ready', portfolio: result.data.funderPortfolio };
}
