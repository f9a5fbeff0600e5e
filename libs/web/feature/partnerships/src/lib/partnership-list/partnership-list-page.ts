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
import { GOVERNANCE_LABELS, PARTNERSHIP_STATUS_LABELS } from '@cg/shared/domain';
import {
  EMPTY_PARTNERSHIP_LIST_QUERY,
  PARTNERSHIP_PAGE_SIZE,
  PartnershipListResults,
  PartnershipListRequest,
  PartnershipListState,
  PartnershipListStore,
  PartnershipStatus,
  SessionStore,
  whyCannotCreate,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, formatUkDate, pagingParams, parseEnum, parsePaging, showingSummary } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';

const TABLE_WIDTH = '(min-width: 48rem)';
export const PARTNERSHIP_SEARCH_DEBOUNCE_MS = 250;
const STATUSES = Object.values(PartnershipStatus);

/** Reads the list's state from `?q=…&status=ACTIVE&mine=ORG_ID&sort=members&page=2&after=…`. */
export function parsePartnershipListQuery(params: ParamMap): PartnershipListRequest {
  const sort = params.get('sort');
  return {
    search: params.get('q') ?? '',
    status: parseEnum(params.get('status'), STATUSES),
    memberOf: params.get('member') || null,
    sort: sort === 'newest' || sort === 'members' ? sort : 'name',
    ...parsePaging(params),
  };
}

export function toPartnershipListParams(query: PartnershipListRequest): Params {
  return {
    q: query.search.trim() || null,
    status: query.status,
    member: query.memberOf,
    sort: query.sort === 'name' ? null : query.sort,
    ...pagingParams(query),
  };
}

/** Every partnership: search by name, filter by status or membership, sort, page; all in the URL. */
@Component({
  selector: 'cg-partnership-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    ErrorState,
    LoadingState,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
  ],
  providers: [PartnershipListStore],
  templateUrl: './partnership-list-page.html',
  styleUrl: '../list-page.scss',
})
export class PartnershipListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(PartnershipListStore);
  private readonly session = inject(SessionStore);
  protected readonly cannotCreate = computed(() => whyCannotCreate(this.session.user()));
  private readonly searchText = new Subject<string>();

  protected readonly statusLabels = PARTNERSHIP_STATUS_LABELS;
  protected readonly statusOptions = Object.entries(PARTNERSHIP_STATUS_LABELS) as [PartnershipStatus, string][];
  protected readonly governanceLabels = GOVERNANCE_LABELS;
  protected readonly date = formatUkDate;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parsePartnershipListQuery)), {
    initialValue: EMPTY_PARTNERSHIP_LIST_QUERY,
  });
  protected readonly state = this.store.state;

  /** The signed-in person's (first) organisation, for "only my organisation's". */
  protected readonly myOrganisationId = computed(() => this.session.user()?.memberships[0]?.organisationId ?? null);

  private readonly shown = linkedSignal<PartnershipListState, { page: PartnershipListResults; number: number } | null>({
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
    return !!(q.search.trim() || q.status || q.memberOf);
  });

  protected readonly summary = computed(() => {
    const page = this.page();
    return page
      ? showingSummary(this.pageNumber(), PARTNERSHIP_PAGE_SIZE, page.nodes.length, page.totalCount, 'partnership', 'partnerships')
      : '';
  });

  protected readonly emptyMessage = computed(() => {
    const q = this.query();
    const search = q.search.trim();
    const parts = [
      q.status && PARTNERSHIP_STATUS_LABELS[q.status].toLowerCase(),
      q.memberOf && 'your organisation is a member',
    ].filter(Boolean);
    const what = search ? `No partnerships match “${search}”` : 'No partnerships match';
    if (!search && parts.length === 0) return 'No partnerships have been recorded yet.';
    return parts.length ? `${what} with these filters: ${parts.join(', ')}.` : `${what}.`;
  });

  constructor() {
    effect(() => this.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(PARTNERSHIP_SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((search) => this.update({ search }, true));
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, true);
  }

  protected update(changes: Partial<PartnershipListRequest>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  protected toggleMine(checked: boolean): void {
    this.update({ memberOf: checked ? this.myOrganisationId() : null });
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_PARTNERSHIP_LIST_QUERY, sort: this.query().sort }, false);
  }

  protected retry(): void {
    this.store.retry();
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

  protected placeNames(places: readonly { name: string }[]): string {
    return places.map((p) => p.name).join(', ');
  }

  private navigate(query: PartnershipListRequest, replaceUrl: boolean): void {
    const params = toPartnershipListParams(query);
    if (JSON.stringify(params) === JSON.stringify(toPartnershipListParams(this.query()))) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
