import { Injectable, inject } from '@angular/core';
import { Observable, catchError, firstValueFrom, map, of } from 'rxjs';
import { PLACE_LEVEL_LABELS, type Result } from '@cg/shared/domain';
import {
  ArchivePartnershipGQL,
  CreatePartnershipGQL,
  CreatePartnershipInput,
  PartnershipFieldsFragment,
  PartnershipPickerGQL,
  PlacePickerGQL,
  UpdatePartnershipGQL,
  UpdatePartnershipInput,
} from '../../generated/graphql';

export type PartnershipFields = PartnershipFieldsFragment;

/** A place or partnership to choose in a picker. */
export interface NamedOption {
  readonly id: string;
  readonly name: string;
  readonly detail?: string;
}

/** Runs a mutation and keeps what it sent back, or the error the API gave. */
export async function runSave<D, T>(request: Observable<{ data?: D | null }>, pick: (data: D) => T | null | undefined): Promise<Result<T>> {
  try {
    const result = await firstValueFrom(request);
    const value = result.data ? pick(result.data) : null;
    return value ? { ok: true, value } : { ok: false, error: new Error('The server sent nothing back.') };
  } catch (error) {
    return { ok: false, error };
  }
}

/** "*text*" for an ilike filter, with the wildcard itself taken out of what was typed. */
export function containsPattern(text: string): string {
  return `*${text.trim().replace(/\*/g, ' ')}*`;
}

/** Creates, changes and archives partnerships; and searches places and partnerships for pickers. */
@Injectable({ providedIn: 'root' })
export class PartnershipEditor {
  private readonly createGql = inject(CreatePartnershipGQL);
  private readonly updateGql = inject(UpdatePartnershipGQL);
  private readonly archiveGql = inject(ArchivePartnershipGQL);
  private readonly placeGql = inject(PlacePickerGQL);
  private readonly partnershipGql = inject(PartnershipPickerGQL);

  create(input: CreatePartnershipInput): Promise<Result<PartnershipFields>> {
    return runSave(this.createGql.mutate({ variables: { input } }), (d) => d.createPartnership);
  }

  /** A stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdatePartnershipInput): Promise<Result<PartnershipFields>> {
    return runSave(this.updateGql.mutate({ variables: { input } }), (d) => d.updatePartnership);
  }

  archive(id: string, version: number): Promise<Result<{ id: string }>> {
    return runSave(
      this.archiveGql.mutate({
        variables: { input: { id, version } },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Partnership', id }) });
          cache.evict({ fieldName: 'partnerships' });
          cache.gc();
        },
      }),
      (d) => d.archivePartnership,
    );
  }

  /** Places whose name contains the text; null when the search failed. */
  searchPlaces(text: string): Observable<readonly NamedOption[] | null> {
    const typed = text.trim();
    return this.placeGql
      .fetch({ variables: { first: 12, ...(typed ? { filter: { name: { ilike: containsPattern(typed) } } } : {}) }, fetchPolicy: 'cache-first' })
      .pipe(
        map((r) => (r.data?.places.nodes ?? []).map((p) => ({ id: p.id, name: p.name, detail: PLACE_LEVEL_LABELS[p.level] ?? undefined }))),
        catchError(() => of(null)),
      );
  }

  /** Partnerships whose name contains the text; null when the search failed. */
  searchPartnerships(text: string): Observable<readonly NamedOption[] | null> {
    const typed = text.trim();
    return this.partnershipGql
      .fetch({ variables: { first: 12, ...(typed ? { filter: { name: { ilike: containsPattern(typed) } } } : {}) }, fetchPolicy: 'network-only' })
      .pipe(
        map((r) => (r.data?.partnerships.nodes ?? []).map((p) => ({ id: p.id, name: p.name }))),
        catchError(() => of(null)),
      );
  }
}

