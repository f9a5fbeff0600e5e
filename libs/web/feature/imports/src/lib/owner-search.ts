import { inject } from '@angular/core';
import { OrganisationOptions } from '@cg/web/data-access';
import { SearchSelectOption, SearchSelectSearch } from '@cg/web/ui';
import { map } from 'rxjs';

/**
 * The instance admin's search for the organisation an import is made for: imported records
 * always have an owner, and an instance admin may import for any organisation. Call in an
 * injection context.
 */
export function ownerSearch(): SearchSelectSearch {
  const options = inject(OrganisationOptions);
  return (text) =>
    options
      .search(text)
      .pipe(map((found) => found?.map((o): SearchSelectOption => ({ id: o.id, label: o.name })) ?? null));
}
