import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS, sectorInWords } from '@cg/shared/domain';
import {
  DIRECTORY_PAGE_SIZE,
  DirectoryPage,
  DirectoryQuery,
  EMPTY_DIRECTORY_QUERY,
  LocalAuthorityOptionsStore,
  OrganisationDirectoryStore,
  SessionStore,
  whyReadOnly,
} from '@cg/web/data-access';
import { FilterBar, FilterSelect, ListResults, ResultsColumn, ResultsTable, SelectChoices, UrlListPage } from '@cg/web/ui';
import { parseDirectoryQuery, toQueryParams } from '../directory-query';
import { SECTOR_OPTIONS, TYPE_OPTIONS } from '../labels';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The organisation directory: search, filters, sort and pages, all kept in the URL. */
@Component({
  selector: 'cg-organisation-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, FilterSelect, ListResults, MatButton, ResultsTable, RouterLink],
  // Provided here so the queries live and die with the page.
  providers: [OrganisationDirectoryStore, LocalAuthorityOptionsStore],
  templateUrl: './organisation-directory-page.html',
  styleUrl: './organisation-directory-page.scss',
})
export class OrganisationDirectoryPage extends UrlListPage<DirectoryQuery, DirectoryPage> {
  private readonly session = inject(SessionStore);
  /** Organisation administrators and instance admins may add organisations. */
  protected readonly canAdd = computed(() => !!this.session.user() && whyReadOnly(this.session.user()) === null);

  protected readonly columns: readonly ResultsColumn[] = [
    { label: 'Name' },
    { label: 'Type' },
    { label: 'Sector' },
    { label: 'Based in' },
    { label: 'Postcode' },
  ];
  protected readonly typeOptions = TYPE_OPTIONS;
  protected readonly sectorOptions = SECTOR_OPTIONS;
  protected readonly typeLabels = ORGANISATION_TYPE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly sectorInWords = sectorInWords;
  protected readonly placeOptions = inject(LocalAuthorityOptionsStore).options;
  protected readonly placeChoices = computed<SelectChoices<string>>(() => this.placeOptions().map((place) => [place.id, place.name]));
  protected readonly sortOptions: SelectChoices<DirectoryQuery['sort']> = [
    ['name', 'Name (A to Z)'],
    ['recent', 'Recently added'],
  ];

  protected readonly hasFilters = computed(() => {
    const query = this.query();
    return !!(query.search.trim() || query.type || query.sector || query.place);
  });

  /** Says what matched nothing, e.g. 'No organisations match “Oakham” (charities in Rutland).' */
  protected readonly emptyMessage = computed(() => {
    const query = this.query();
    const parts = [
      query.type && ORGANISATION_TYPE_LABELS[query.type].toLowerCase(),
      query.sector && sectorInWords(query.sector).toLowerCase(),
      query.place && this.placeOptions().find((place) => place.id === query.place)?.name,
    ].filter(Boolean);
    const search = query.search.trim();
    const what = search ? `No organisations match “${search}”` : 'No organisations match';
    return parts.length ? `${what} with these filters: ${parts.join(', ')}.` : `${what}.`;
  });

  constructor() {
    super({
      store: inject(OrganisationDirectoryStore),
      parse: parseDirectoryQuery,
      empty: EMPTY_DIRECTORY_QUERY,
      toParams: toQueryParams,
      searchDebounceMs: SEARCH_DEBOUNCE_MS,
      counted: { pageSize: DIRECTORY_PAGE_SIZE, one: 'organisation', many: 'organisations' },
    });
  }
}
