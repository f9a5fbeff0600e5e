import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS, sectorInWords } from '@cg/shared/domain';
import {
  DIRECTORY_PAGE_SIZE,
  DirectoryPage,
  DirectoryQuery,
  DirectoryState,
  EMPTY_DIRECTORY_QUERY,
  LocalAuthorityOptionsStore,
  OrganisationDirectoryStore,
  SessionStore,
  whyReadOnly,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, showingSummary, ListPager } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';
import { parseDirectoryQuery, toQueryParams } from '../directory-query';
import { SECTOR_OPTIONS, TYPE_OPTIONS } from '../labels';

/** Wide enough for the results table; narrower screens get one card per organisation. */
const TABLE_WIDTH = '(min-width: 48rem)';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The organisation directory: search, filters, sort and pages, all kept in the URL. */
@Component({
  selector: 'cg-organisation-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    ErrorState,
    LoadingState,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
    ListPager,
  ],
  // Provided here so the queries live and die with the page.
  providers: [OrganisationDirectoryStore, LocalAuthorityOptionsStore],
  templateUrl: './organisation-directory-page.html',
  styleUrl: './organisation-directory-page.scss',
})
export class OrganisationDirectoryPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(OrganisationDirectoryStore);
  private readonly searchText = new Subject<string>();

  private readonly session = inject(SessionStore);
  /** Organisation administrators and instance admins may add organisations. */
  protected readonly canAdd = computed(() => !!this.session.user() && whyReadOnly(this.session.user()) === null);

  protected readonly typeOptions = TYPE_OPTIONS;
  protected readonly sectorOptions = SECTOR_OPTIONS;
  protected readonly typeLabels = ORGANISATION_TYPE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly sectorInWords = sectorInWords;
  protected readonly placeOptions = inject(LocalAuthorityOptionsStore).options;

  /** The directory's state, read from the URL so back, forward and shared links all work. */
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseDirectoryQuery)), {
    initialValue: EMPTY_DIRECTORY_QUERY,
  });

  protected readonly state = this.store.state;

  /**
   * The results on show, with the page number they belong to. While the next ones load, the last
   * ones stay (dimmed), so the list does not flash and the pager keeps keyboard focus.
   */
  private readonly shown = linkedSignal<DirectoryState, { page: DirectoryPage; number: number } | null>({
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
    const query = this.query();
    return !!(query.search.trim() || query.type || query.sector || query.place);
  });

  /** "Showing 26–50 of 160 organisations". */
  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), DIRECTORY_PAGE_SIZE, page.nodes.length, page.totalCount, 'organisation', 'organisations') : '';
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
    effect(() => this.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((search) => this.update({ search }, { replaceUrl: true }));
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  /** Runs the search at once on Enter, without waiting for the pause. */
  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, { replaceUrl: true });
  }

  protected update(changes: Partial<DirectoryQuery>, options: { replaceUrl?: boolean } = {}): void {
    const current = this.query();
    const next: DirectoryQuery = { ...current, ...changes, page: 1, after: null, before: null };
    this.navigate(next, options.replaceUrl ?? false);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_DIRECTORY_QUERY, sort: this.query().sort }, false);
  }

  protected nextPage(): void {
    const page = this.page();
    if (!page?.pageInfo.hasNextPage) return;
    const query = this.query();
    this.navigate({ ...query, page: this.pageNumber() + 1, after: page.pageInfo.endCursor, before: null }, false);
  }

  protected previousPage(): void {
    const page = this.page();
    const query = this.query();
    const number = this.pageNumber();
    if (!page || number <= 1) return;
    // Back to page 1 without a cursor, so the first page's URL is always the same.
    const to =
      number === 2
        ? { ...query, page: 1, after: null, before: null }
        : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor };
    this.navigate(to, false);
  }

  private navigate(query: DirectoryQuery, replaceUrl: boolean): void {
    const params = toQueryParams(query);
    const same = JSON.stringify(params) === JSON.stringify(toQueryParams(this.query()));
    if (same) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
