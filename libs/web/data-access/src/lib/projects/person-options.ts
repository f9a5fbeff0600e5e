import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';
import { PersonFilter, PersonPickerGQL, PersonPickerQuery } from '../../generated/graphql';

export type PersonOption = PersonPickerQuery['people']['nodes'][number];

/** Searches people for pickers (fuzzy, best matches first); null when the search failed. */
@Injectable({ providedIn: 'root' })
export class PersonOptions {
  private readonly pickerGql = inject(PersonPickerGQL);

  /** `organisationIds` narrows to people currently affiliated with those organisations. */
  search(text: string, organisationIds: readonly string[] = [], first = 10): Observable<readonly PersonOption[] | null> {
    const search = text.trim();
    const filter: PersonFilter | undefined = organisationIds.length
      ? { organisation: { in: [...organisationIds] } }
      : undefined;
    return this.pickerGql
      .fetch({ variables: { first, ...(search ? { search } : {}), ...(filter ? { filter } : {}) }, fetchPolicy: 'cache-first' })
      .pipe(
        map((result) => result.data?.people.nodes ?? []),
        catchError(() => of(null)),
      );
  }
}
