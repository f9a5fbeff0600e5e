import { BreakpointObserver } from '@angular/cdk/layout';
import { Directive, Signal, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { Subject, debounceTime, map } from 'rxjs';
import { type ListPaging, showingSummary } from './list-params';
import type { ListResultsSource } from './list-results';

/** Wide enough for most lists' results as a table. */
const TABLE_WIDTH = '(min-width: 48rem)';

/** One page of a connection, as the list stores hold it. */
export interface ConnectionPage {
  readonly nodes: readonly unknown[];
  readonly totalCount: number;
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly endCursor?: string | null;
    readonly startCursor?: string | null;
  };
}

export type ConnectionPageState<P> =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: P };

/** What a searchable list keeps in its URL: text, a sort and paging (and its own filters). */
export interface UrlListQuery extends ListPaging {
  readonly search: string;
  readonly sort: string;
}

export interface UrlListOptions<Q extends UrlListQuery, P extends ConnectionPage> {
  /** The page's list store (provided on the page): one page of results for a query. */
  readonly store: { readonly state: Signal<ConnectionPageState<P>>; load(query: Q): void; retry(): void };
  readonly parse: (params: ParamMap) => Q;
  readonly empty: Q;
  readonly toParams: (query: Q) => Params;
  /** How long typing rests before the search runs. */
  readonly searchDebounceMs: number;
  /** For "Showing 21–40 of 57 partnerships": the page size and the words for one result and for many. */
  readonly counted?: { readonly pageSize: number; readonly one: string; readonly many: string };
  /** The media query wide enough for the results as a table (default 48rem). */
  readonly tableWidth?: string;
}

/**
 * A list page whose search, filters, sort and page live in the URL (so Back, reload and shared
 * links show the same list): it reads the query from the URL, loads it, keeps the last page on
 * show while the next one loads, pages by cursor, and says which results are on show. The page
 * adds its filters, words and table (or cards, on a narrow screen: `isWide`).
 */
@Directive()
export abstract class UrlListPage<Q extends UrlListQuery, P extends ConnectionPage> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly searchText = new Subject<string>();

  protected readonly query: Signal<Q>;
  protected readonly state: Signal<ConnectionPageState<P>>;
  protected readonly page: Signal<P | null>;
  /** The number of the page on show (not of the one loading). */
  protected readonly pageNumber: Signal<number>;
  protected readonly loading: Signal<boolean>;
  /** "Showing 21–40 of 57 partnerships", or '' with nothing on show. */
  protected readonly summary = computed(() => {
    const page = this.page();
    const counted = this.list.counted;
    return page && counted
      ? showingSummary(this.pageNumber(), counted.pageSize, page.nodes.length, page.totalCount, counted.one, counted.many)
      : '';
  });
  /** Whether the results fit as a table (`tableWidth`); narrower screens get cards. */
  protected readonly isWide: Signal<boolean>;
  /** Whether a search or filter narrows the list (the page's own filters). */
  protected abstract readonly hasFilters: Signal<boolean>;
  /** What the list says when nothing is found. */
  protected abstract readonly emptyMessage: Signal<string>;
  /** The list as ListResults draws it: `<cg-list-results [list]="results" what="…">`. */
  protected readonly results: ListResultsSource = {
    state: computed(() => this.state()),
    page: computed(() => this.page()),
    pageNumber: computed(() => this.pageNumber()),
    summary: computed(() => this.summary()),
    emptyMessage: computed(() => this.emptyMessage()),
    hasFilters: computed(() => this.hasFilters()),
    retry: () => this.retry(),
    clearFilters: () => this.clearFilters(),
    previousPage: () => this.previousPage(),
    nextPage: () => this.nextPage(),
  };

  // The subclass passes its options; nothing here is injected.
  // eslint-disable-next-line @angular-eslint/prefer-inject
  constructor(private readonly list: UrlListOptions<Q, P>) {
    this.query = toSignal(this.route.queryParamMap.pipe(map(list.parse)), { initialValue: list.empty });
    this.state = list.store.state;
    const shown = linkedSignal<ConnectionPageState<P>, { page: P; number: number } | null>({
      source: this.state,
      computation: (state, previous) => {
        if (state.status === 'ready') return { page: state.page, number: untracked(this.query).page };
        return state.status === 'loading' ? (previous?.value ?? null) : null;
      },
    });
    this.page = computed(() => shown()?.page ?? null);
    this.pageNumber = computed(() => shown()?.number ?? 1);
    this.loading = computed(() => this.state().status === 'loading');
    this.isWide = toSignal(
      inject(BreakpointObserver)
        .observe(list.tableWidth ?? TABLE_WIDTH)
        .pipe(map((state) => state.matches)),
      { initialValue: false },
    );

    effect(() => list.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(list.searchDebounceMs), takeUntilDestroyed())
      .subscribe((search) => this.update({ search } as Partial<Q>, true));
  }

  /** The search text as typed: it runs once typing rests (FilterBar's `searchTyped`). */
  protected searchTyped(text: string): void {
    this.searchText.next(text);
  }

  /** The search text on Enter: it runs now (FilterBar's `searchSubmitted`). */
  protected searchNow(text: string): void {
    this.update({ search: text } as Partial<Q>, true);
  }

  /** Changes the query (back to the first page). */
  protected update(changes: Partial<Q>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  /** Drops the search and filters, keeping the sort. */
  protected clearFilters(): void {
    this.navigate({ ...this.list.empty, sort: this.query().sort }, false);
  }

  protected retry(): void {
    this.list.store.retry();
  }

  protected nextPage(): void {
    const page = this.page();
    if (!page?.pageInfo.hasNextPage) return;
    this.navigate(
      { ...this.query(), page: this.pageNumber() + 1, after: page.pageInfo.endCursor ?? null, before: null },
      false,
    );
  }

  protected previousPage(): void {
    const page = this.page();
    const number = this.pageNumber();
    if (!page || number <= 1) return;
    const query = this.query();
    this.navigate(
      number === 2
        ? { ...query, page: 1, after: null, before: null }
        : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor ?? null },
      false,
    );
  }

  private navigate(query: Q, replaceUrl: boolean): void {
    const params = this.list.toParams(query);
    if (JSON.stringify(params) === JSON.stringify(this.list.toParams(this.query()))) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
