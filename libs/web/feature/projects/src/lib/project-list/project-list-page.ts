import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, ParamMap, Params, Router, RouterLink } from '@angular/router';
import { PROJECT_STATUS_LABELS } from '@cg/shared/domain';
import {
  EMPTY_PROJECT_LIST_QUERY,
  PROJECT_PAGE_SIZE,
  ProjectListRequest,
  ProjectListResults,
  ProjectListState,
  ProjectListStore,
  ProjectStatus,
  SessionStore,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, formatPounds, formatUkDate, pagingParams, parseEnum, parsePaging, showingSummary } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';

const TABLE_WIDTH = '(min-width: 48rem)';
export const PROJECT_SEARCH_DEBOUNCE_MS = 250;
const STATUSES = Object.values(ProjectStatus);

/** Reads the list's state from `?q=…&status=ACTIVE&org=ORG_ID&sort=ending&page=2&after=…`. */
export function parseProjectListQuery(params: ParamMap): ProjectListRequest {
  const sort = params.get('sort');
  return {
    search: params.get('q') ?? '',
    status: parseEnum(params.get('status'), STATUSES),
    participant: params.get('org') || null,
    sort: sort === 'newest' || sort === 'ending' ? sort : 'name',
    ...parsePaging(params),
  };
}

export function toProjectListParams(query: ProjectListRequest): Params {
  return {
    q: query.search.trim() || null,
    status: query.status,
    org: query.participant,
    sort: query.sort === 'name' ? null : query.sort,
    ...pagingParams(query),
  };
}

/** Every joint project: search by name, filter by status or participation, sort, page; all in the URL. */
@Component({
  selector: 'cg-project-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatCheckbox, MatFormField, MatInput, MatLabel, MatOption, MatSelect, RouterLink],
  providers: [ProjectListStore],
  templateUrl: './project-list-page.html',
  styleUrl: './project-list-page.scss',
})
export class ProjectListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(ProjectListStore);
  private readonly session = inject(SessionStore);
  private readonly searchText = new Subject<string>();

  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly statusOptions = Object.entries(PROJECT_STATUS_LABELS) as [ProjectStatus, string][];
  protected readonly date = formatUkDate;
  protected readonly pounds = formatPounds;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseProjectListQuery)), {
    initialValue: EMPTY_PROJECT_LIST_QUERY,
  });
  protected readonly state = this.store.state;
  protected readonly myOrganisationId = computed(() => this.session.user()?.memberships[0]?.organisationId ?? null);

  private readonly shown = linkedSignal<ProjectListState, { page: ProjectListResults; number: number } | null>({
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
    return !!(q.search.trim() || q.status || q.participant);
  });

  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), PROJECT_PAGE_SIZE, page.nodes.length, page.totalCount, 'project', 'projects') : '';
  });

  protected readonly emptyMessage = computed(() => {
    const q = this.query();
    const search = q.search.trim();
    const parts = [q.status && PROJECT_STATUS_LABELS[q.status].toLowerCase(), q.participant && 'your organisation takes part'].filter(Boolean);
    if (!search && parts.length === 0) return 'No projects have been recorded yet.';
    const what = search ? `No projects match “${search}”` : 'No projects match';
    return parts.length ? `${what} with these filters: ${parts.join(', ')}.` : `${what}.`;
  });

  constructor() {
    effect(() => this.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(PROJECT_SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((search) => this.update({ search }, true));
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, true);
  }

  protected update(changes: Partial<ProjectListRequest>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  protected toggleMine(checked: boolean): void {
    this.update({ participant: checked ? this.myOrganisationId() : null });
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_PROJECT_LIST_QUERY, sort: this.query().sort }, false);
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
      number === 2
        ? { ...query, page: 1, after: null, before: null }
        : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor ?? null },
      false,
    );
  }

  private navigate(query: ProjectListRequest, replaceUrl: boolean): void {
    const params = toProjectListParams(query);
    if (JSON.stringify(params) === JSON.stringify(toProjectListParams(this.query()))) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
