import { Injectable, Signal, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import { CreateFundingGQL, CreateFundingInput, FunderPickerGQL, FundingFilter, FundingRowFragment, PartnershipPageDocument, ProjectPageDocument, RecipientFundingDocument, RecipientFundingGQL, Sector, UpdateFundingGQL, UpdateFundingInput } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { runSave } from '../partnerships/partnership-editor';

export type FundingRow = FundingRowFragment;

/** Who receives the funding: a partnership or a project. */
export type FundingRecipient = { readonly kind: 'partnership' | 'project'; readonly id: string };

export interface FunderOption {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  /** Whether the organisation is a funder by type. */
  readonly funder: boolean;
}

export type RecipientFundingState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly rows: readonly FundingRow[]; readonly total: number };

export function recipientFilter(recipient: FundingRecipient): FundingFilter {
  return recipient.kind === 'partnership' ? { recipientPartnership: { eq: recipient.id } } : { recipientProject: { eq: recipient.id } };
}

/** Funders first, then other organisations, each once. */
export function fundersFirst(
  funders: readonly { id: string; name: string; sector: Sector }[],
  others: readonly { id: string; name: string; sector: Sector }[],
): FunderOption[] {
  const seen = new Set(funders.map((f) => f.id));
  return [...funders.map((f) => ({ ...f, funder: true })), ...others.filter((o) => !seen.has(o.id)).map((o) => ({ ...o, funder: false }))];
}

/**
 * The funding rows of one partnership or project, as a signal that follows saves.
 * Provide it on the component that lists them, then `load()` the recipient.
 */
@Injectable()
export class RecipientFundingStore {
  private readonly listGql = inject(RecipientFundingGQL);
  private readonly byRecipient = new RequestStore<FundingRecipient, RecipientFundingState>({
    fetch: (recipient, fetchPolicy) =>
      this.listGql.watch({ variables: { filter: recipientFilter(recipient) }, fetchPolicy }).valueChanges.pipe(
        map((result): RecipientFundingState => {
          if (result.error) return { status: 'error' };
          if (result.dataState !== 'complete') return { status: 'loading' };
          const rows = result.data.fundings.nodes;
          return { status: 'ready', rows, total: rows.reduce((sum, f) => sum + f.amount, 0) };
        }),
      ),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => a.id === b.id && a.kind === b.kind,
  });
  readonly state: Signal<RecipientFundingState> = this.byRecipient.state;

  load(recipient: FundingRecipient): void {
    this.byRecipient.load(recipient);
  }

  retry(): void {
    this.byRecipient.retry();
  }
}

/** Records and changes funding, and searches funders for the picker. */
@Injectable({ providedIn: 'root' })
export class FundingEditor {
  private readonly createGql = inject(CreateFundingGQL);
  private readonly updateGql = inject(UpdateFundingGQL);
  private readonly funderGql = inject(FunderPickerGQL);

  create(input: CreateFundingInput, recipient: FundingRecipient): Promise<Result<FundingRow>> {
    return runSave(this.createGql.mutate({ variables: { input }, ...this.refetch(recipient) }), (d) => d.createFunding);
  }

  /** A stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdateFundingInput, recipient: FundingRecipient): Promise<Result<FundingRow>> {
    return runSave(this.updateGql.mutate({ variables: { input }, ...this.refetch(recipient) }), (d) => d.updateFunding);
  }

  /** Organisations matching the text, funders first; null when the search failed. */
  searchFunders(text: string): Observable<readonly FunderOption[] | null> {
    const search = text.trim();
    return this.funderGql.fetch({ variables: { first: 8, ...(search ? { search } : {}) }, fetchPolicy: 'cache-first' }).pipe(
      map((r) => (r.data ? fundersFirst(r.data.funders.nodes, r.data.others.nodes) : [])),
      catchError(() => of(null)),
    );
  }

  /** The lists and totals that show this recipient's funding. */
  private refetch(recipient: FundingRecipient) {
    const page =
      recipient.kind === 'project'
        ? { query: ProjectPageDocument, variables: { id: recipient.id } }
        : { query: PartnershipPageDocument, variables: { id: recipient.id } };
    return {
      refetchQueries: [{ query: RecipientFundingDocument, variables: { filter: recipientFilter(recipient) } }, page],
      awaitRefetchQueries: true,
    };
  }
}
