import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, combineLatest, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AdminOrganisationNameGQL, AdminOrganisationSearchGQL } from '../../generated/graphql';

export interface AdminOrganisationOption {
  readonly id: string;
  readonly name: string;
}

/** How long typing pauses before the organisation search runs. */
export const ORGANISATION_SEARCH_DEBOUNCE_MS = 250;

/**
 * Names of organisations by id, asked for once each (Apollo caches them). For the top bar's
 * "Administrator, Harrowby Trust" and the admin page's organisation picker.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationNamesStore {
  private readonly nameGql = inject(AdminOrganisationNameGQL);
  private readonly ids = signal<readonly string[]>([], { equal: (a, b) => a.join(',') === b.join(',') });

  /** Names known so far, by id; an organisation the user cannot read stays out. */
  readonly names: Signal<Readonly<Record<string, string>>> = toSignal(
    toObservable(this.ids).pipe(
      switchMap((ids) =>
        ids.length === 0
          ? of({})
          : combineLatest(
              ids.map((id) =>
                this.nameGql.fetch({ variables: { id } }).pipe(
                  map((result) => [id, result.data?.organisation.name] as const),
                  catchError(() => of([id, undefined] as const)),
                ),
              ),
            ).pipe(map((pairs) => Object.fromEntries(pairs.filter(([, name]) => !!name)) as Record<string, string>)),
      ),
    ),
    { initialValue: {} },
  );

  /** Asks for these organisations' names too (the ones asked for before stay known). */
  want(ids: readonly (string | null | undefined)[]): void {
    this.ids.update((known) => {
      const more = ids.filter((id): id is string => !!id && !known.includes(id));
      return more.length === 0 ? known : [...known, ...new Set(more)];
    });
  }
}

/** Organisations found by name, for instance admins who may manage any of them. Provide on a page. */
@Injectable()
export class OrganisationSearchStore {
  private readonly searchGql = inject(AdminOrganisationSearchGQL);
  private readonly text = signal('');

  readonly results: Signal<{ readonly searching: boolean; readonly options: readonly AdminOrganisationOption[] }> = toSignal(
    toObservable(this.text).pipe(
      map((text) => text.trim()),
      debounceTime(ORGANISATION_SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((text) =>
        text.length < 2
          ? of({ searching: false, options: [] })
          : this.searchGql.fetch({ variables: { search: text } }).pipe(
              map((result) => ({ searching: false, options: result.data?.organisations.nodes ?? [] })),
              catchError(() => of({ searching: false, options: [] })),
              startWith({ searching: true, options: [] }),
            ),
      ),
    ),
    { initialValue: { searching: false, options: [] } },
  );

  search(text: string): void {
    this.text.set(text);
  }
}
