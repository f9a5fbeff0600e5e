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
}
