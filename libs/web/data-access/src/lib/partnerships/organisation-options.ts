import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';
import { OrganisationPickerGQL, OrganisationPickerQuery } from '../../generated/graphql';

export type OrganisationOption = OrganisationPickerQuery['organisations']['nodes'][number];

/** Searches organisations for pickers (fuzzy, best matches first); an empty list when it fails. */
@Injectable({ providedIn: 'root' })
export class OrganisationOptions {
  private readonly pickerGql = inject(OrganisationPickerGQL);

  search(text: string, first = 10): Observable<readonly OrganisationOption[] | null> {
    const search = text.trim();
    return this.pickerGql
      .fetch({ variables: { first, ...(search ? { search } : {}) }, fetchPolicy: 'cache-first' })
      .pipe(
        map((result) => result.data?.organisations.nodes ?? []),
        // null says "the search failed", so the picker can say so rather than "no matches".
        catchError(() => of(null)),
      );
  }

  /**
   * The search as a picker takes it (OrganisationPicker in @cg/web/ui): each organisation's name,
   * and after it what `describe` says tells it apart.
   */
  choices(
    describe: (option: OrganisationOption) => string | undefined,
    first = 12,
  ): (text: string) => Observable<readonly { id: string; name: string; detail?: string }[] | null> {
    return (text) =>
      this.search(text, first).pipe(
        map((found) => found?.map((o) => ({ id: o.id, name: o.name, detail: describe(o) })) ?? null),
      );
  }
}
