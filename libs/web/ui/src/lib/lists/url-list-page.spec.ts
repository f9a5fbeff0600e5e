import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ParamMap, Params, Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { pagingParams, parsePaging } from './list-params';
import { ConnectionPage, ConnectionPageState, UrlListPage, UrlListQuery } from './url-list-page';

type Query = UrlListQuery & { readonly status: string | null };
const EMPTY: Query = { search: '', sort: 'name', status: null, page: 1, after: null, before: null };
const parse = (params: ParamMap): Query => ({
  search: params.get('q') ?? '',
  sort: params.get('sort') ?? 'name',
  status: params.get('status'),
  ...parsePaging(params),
});
const toParams = (query: Query): Params => ({
  q: query.search || null,
  sort: query.sort === 'name' ? null : query.sort,
  status: query.status,
  ...pagingParams(query),
});

const page = (hasNextPage: boolean): ConnectionPage => ({
  nodes: [1, 2],
  totalCount: 5,
  pageInfo: { hasNextPage, startCursor: 's', endCursor: 'e' },
});

/** A fake list store: records what it is asked to load; the test sets its state. */
const store = {
  state: signal<ConnectionPageState<ConnectionPage>>({ status: 'loading' }),
  loaded: [] as Query[],
  retries: 0,
  load(query: Query) {
    this.loaded.push(query);
  },
  retry() {
    this.retries++;
  },
};

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class ListPage extends UrlListPage<Query, ConnectionPage> {
  protected readonly hasFilters = computed(() => !!this.query().status);
  protected readonly emptyMessage = computed(() => 'Nothing yet.');
  constructor() {
    super({ store, parse, empty: EMPTY, toParams, searchDebounceMs: 0, counted: { pageSize: 2, one: 'row', many: 'rows' } });
  }
  // The template's view of the protected members.
  readonly view = { query: this.query, page: this.page, pageNumber: this.pageNumber, loading: this.loading, summary: this.summary, isWide: this.isWide, results: this.results };
  readonly act = {
    update: (changes: Partial<Query>) => this.update(changes),
    clearFilters: () => this.clearFilters(),
    nextPage: () => this.nextPage(),
    previousPage: () => this.previousPage(),
    retry: () => this.retry(),
  };
}

describe('UrlListPage', () => {
  async function open(url: string) {
    store.loaded = [];
    store.retries = 0;
    store.state.set({ status: 'loading' });
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'list', component: ListPage }])] });
    const harness = await RouterTestingHarness.create();
    const list = await harness.navigateByUrl(url, ListPage);
    TestBed.tick();
    return { harness, list, router: TestBed.inject(Router) };
  }

  it('loads the query the URL holds, and a filter change goes back to page one in the URL', async () => {
    const { list, router } = await open('/list?q=river&status=ACTIVE&page=2&after=c1');
    expect(store.loaded.at(-1)).toEqual({ search: 'river', sort: 'name', status: 'ACTIVE', page: 2, after: 'c1', before: null });
    list.act.update({ status: 'CLOSED' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/list?q=river&status=CLOSED');
    list.act.clearFilters();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/list');
  });

  it('keeps the last page on show while the next loads, and pages by cursor both ways', async () => {
    const { list, router } = await open('/list');
    expect(list.view.summary()).toBe('');
    store.state.set({ status: 'ready', page: page(true) });
    expect(list.view.page()?.totalCount).toBe(5);
    expect(list.view.summary()).toBe('Showing 1–2 of 5 rows');
    // No screen to measure here, so the results would show as cards.
    expect(list.view.isWide()).toBe(false);
    list.act.nextPage();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/list?page=2&after=e');
    store.state.set({ status: 'loading' });
    expect(list.view.loading()).toBe(true);
    expect(list.view.page()?.totalCount).toBe(5);
    store.state.set({ status: 'ready', page: page(false) });
    expect(list.view.pageNumber()).toBe(2);
    expect(list.view.summary()).toBe('Showing 3–4 of 5 rows');
    list.act.previousPage();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/list');
    list.act.retry();
    expect(store.retries).toBe(1);
    // What ListResults reads: the same page and words, and the same moves.
    expect(list.view.results.page()?.totalCount).toBe(5);
    expect(list.view.results.summary()).toBe('Showing 3–4 of 5 rows');
    expect(list.view.results.emptyMessage()).toBe('Nothing yet.');
    list.view.results.retry();
    expect(store.retries).toBe(2);
  });
});
