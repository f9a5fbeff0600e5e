import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  EMPTY_PLACE_LIST_QUERY,
  PLACE_LEVEL_LABELS,
  PLACE_LEVEL_OPTIONS,
  PLACE_PAGE_SIZE,
  PlaceListRequest,
  PlaceListResults,
  PlaceListState,
  PlaceListStore,
  SessionStore,
  whyNoNewPlace,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, formatCount, showingSummary, ListPager } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';
import { breadcrumb, parsePlaceListQuery, toPlaceListParams } from './place-list-query';

const TABLE_WIDTH = '(min-width: 48rem)';
export const PLACE_SEARCH_DEBOUNCE_MS = 250;

/** Every place, official and community-defined: search by name or code, filter by level, page; all in the URL. */
@Component({
  selector: 'cg-place-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect, RouterLink, ListPager],
  providers: [PlaceListStore],
  templateUrl: './place-list-page.html',
  styleUrl: './place-list-page.scss',
})
export class PlaceListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(PlaceListStore);
  private readonly session = inject(SessionStore);
  private readonly searchText = new Subject<string>();

  protected readonly levelLabels = PLACE_LEVEL_LABELS;
  protected readonly levelOptions = PLACE_LEVEL_OPTIONS;
  protected readonly count = formatCount;
  protected readonly breadcrumb = breadcrumb;
  protected readonly cannotCreate = computed(() => whyNoNewPlace(this.session.user()));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parsePlaceListQuery)), { initialValue: EMPTY_PLACE_LIST_QUERY });
  protected readonly state = this.store.state;

  /** The last page shown stays (faded) while the next loads. */
  private readonly shown = linkedSignal<PlaceListState, { page: PlaceListResults; number: number } | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.status === 'ready') return { page: state.page, number: untracked(this.query).page };
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly page = computed(() => this.shown()?.page ?? null);
  protected readonly pageNumber = computed(() => this.shown()?.number ?? 1);
  protected readonly loading = computed(() => this.state().status === 'loading');
  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(TABLE_WIDTH)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.search.trim() || q.level);
  });

  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), PLACE_PAGE_SIZE, page.nodes.length, page.totalCount, 'place', 'places') : '';
  });

  protected readonly emptyMessage = computed(() => {
    const q = this.query();
    const search = q.search.trim();
    const level = q.level ? ` at the level “${PLACE_LEVEL_LABELS[q.level]}”` : '';
    if (!search && !level) return 'No places have been loaded yet. An administrator can import ONS geography.';
    return search ? `No places${level} have a name or code containing “${search}”.` : `No places${level}.`;
  });

  constructor() {
    effect(() => this.store.load(this.query()));
    this.searchText.pipe(debounceTime(PLACE_SEARCH_DEBOUNCE_MS), takeUntilDestroyed()).subscribe((search) => this.update({ search }, true));
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, true);
  }

  protected update(changes: Partial<PlaceListRequest>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_PLACE_LIST_QUERY, sort: this.query().sort }, false);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected nextPage(): void {
    const page = this.page();
    if (!page?.pageInfo.hasNextPage) return;
    this.navigate({ ...this.query(), page: this.pageNumber() + 1, after: page.pageInfo.endCursor ?? null, before: null }, false);
  }

  protected previousPage(): void {
    const page = this.page();
    const number = this.pageNumber();
    if (!page || number <= 1) return;
    const query = this.query();
    this.navigate(
      number === 2 ? { ...query, page: 1, after: null, before: null } : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor ?? null },
      false,
    );
  }

  private navigate(query: PlaceListRequest, replaceUrl: boolean): void {
    const params = toPlaceListParams(query);
    if (JSON.stringify(params) === JSON.stringify(toPlaceListParams(this.query()))) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
