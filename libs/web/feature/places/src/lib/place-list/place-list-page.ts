import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  EMPTY_PLACE_LIST_QUERY,
  PLACE_LEVEL_LABELS,
  PLACE_LEVEL_OPTIONS,
  PLACE_PAGE_SIZE,
  PlaceListRequest,
  PlaceListResults,
  PlaceListStore,
  SessionStore,
  whyNoNewPlace,
} from '@cg/web/data-access';
import {
  FilterBar,
  FilterSelect,
  ListResults,
  ResultsColumn,
  ResultsTable,
  SelectChoices,
  UrlListPage,
  formatCount,
} from '@cg/web/ui';
import { breadcrumb, parsePlaceListQuery, toPlaceListParams } from './place-list-query';

export const PLACE_SEARCH_DEBOUNCE_MS = 250;

/** Every place, official and community-defined: search by name or code, filter by level, page; all in the URL. */
@Component({
  selector: 'cg-place-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, FilterSelect, ListResults, MatButton, ResultsTable, RouterLink],
  providers: [PlaceListStore],
  templateUrl: './place-list-page.html',
  styleUrl: './place-list-page.scss',
})
export class PlaceListPage extends UrlListPage<PlaceListRequest, PlaceListResults> {
  private readonly session = inject(SessionStore);

  protected readonly columns: readonly ResultsColumn[] = [
    { label: 'Name' },
    { label: 'Level' },
    { label: 'Code' },
    { label: 'Lies within' },
    { label: 'Places inside', numeric: true },
    { label: 'Population', numeric: true },
    {
      label: 'decile',
      numeric: true,
      abbreviation: { short: 'IMD', title: 'Index of Multiple Deprivation 2019 decile; 1 is the most deprived tenth' },
    },
  ];
  protected readonly levelLabels = PLACE_LEVEL_LABELS;
  protected readonly levelOptions = PLACE_LEVEL_OPTIONS;
  protected readonly sortOptions: SelectChoices<PlaceListRequest['sort']> = [
    ['name', 'Name (A to Z)'],
    ['deprived', 'Most deprived first'],
  ];
  protected readonly count = formatCount;
  protected readonly breadcrumb = breadcrumb;
  protected readonly cannotCreate = computed(() => whyNoNewPlace(this.session.user()));

  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.search.trim() || q.level);
  });

  protected readonly emptyMessage = computed(() => {
    const q = this.query();
    const search = q.search.trim();
    const level = q.level ? ` at the level “${PLACE_LEVEL_LABELS[q.level]}”` : '';
    if (!search && !level) return 'No places have been loaded yet. An administrator can import ONS geography.';
    return search ? `No places${level} have a name or code containing “${search}”.` : `No places${level}.`;
  });

  constructor() {
    super({
      store: inject(PlaceListStore),
      parse: parsePlaceListQuery,
      empty: EMPTY_PLACE_LIST_QUERY,
      toParams: toPlaceListParams,
      searchDebounceMs: PLACE_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: PLACE_PAGE_SIZE, one: 'place', many: 'places' },
    });
  }
}
