import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MISSION_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_LABELS } from '@cg/shared/domain';
import {
  EMPTY_OUTCOME_LIST_QUERY,
  MY_OUTCOMES,
  OUTCOME_PAGE_SIZE,
  OutcomeListPage as OutcomePage,
  OutcomeListQueryState,
  OutcomeListRow,
  OutcomeListState,
  OutcomeListStore,
  OutcomeOwnerOptionsStore,
  OutcomeStatus,
  SessionStore,
  whyNoNewOutcome,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, showingSummary, ListPager } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';
import { DEFINER_OPTIONS, MISSION_OPTIONS, STATUS_OPTIONS } from '../labels';
import { parseOutcomeListQuery, toOutcomeQueryParams } from '../outcome-list-query';
import { StatusBadge } from '../status-badge/status-badge';

/** Wide enough for the results table; narrower screens get one card per outcome. */
const TABLE_WIDTH = '(min-width: 56rem)';

/** How long typing pauses before the search runs. */
export const OUTCOME_SEARCH_DEBOUNCE_MS = 250;

/** "3 indicators: 1 off track, 2 on track" for a row. */
export function indicatorSummary(row: OutcomeListRow): string {
  const count = row.indicators.length;
  if (count === 0) return 'No indicators';
  const byStatus = new Map<OutcomeStatus, number>();
  for (const indicator of row.indicators) byStatus.set(indicator.status, (byStatus.get(indicator.status) ?? 0) + 1);
  const parts = STATUS_OPTIONS.filter((status) => byStatus.has(status)).map(
    (status) => `${byStatus.get(status)} ${OUTCOME_STATUS_LABELS[status].toLowerCase()}`,
  );
  return `${count} ${count === 1 ? 'indicator' : 'indicators'}: ${parts.join(', ')}`;
}

/** The outcomes tracker: search, filters, sort and pages, all kept in the URL. */
@Component({
  selector: 'cg-outcome-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatFormField, MatInput, MatLabel, MatOption, MatSelect, RouterLink, StatusBadge, ListPager],
  providers: [OutcomeListStore, OutcomeOwnerOptionsStore],
  templateUrl: './outcome-list-page.html',
  styleUrl: './outcome-list-page.scss',
})
export class OutcomeListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(OutcomeListStore);
  private readonly session = inject(SessionStore);
  private readonly searchText = new Subject<string>();

  protected readonly statusOptions = STATUS_OPTIONS;
  protected readonly statusLabels = OUTCOME_STATUS_LABELS;
  protected readonly definerOptions = DEFINER_OPTIONS;
  protected readonly definerLabels = OUTCOME_DEFINER_LABELS;
  protected readonly missionOptions = MISSION_OPTIONS;
  protected readonly missionLabels = MISSION_LABELS;
  protected readonly mine = MY_OUTCOMES;
  protected readonly ownerOptions = inject(OutcomeOwnerOptionsStore).options;
  protected readonly hasOrganisation = computed(() => !!this.store.myOrganisationId());
  protected readonly indicatorSummary = indicatorSummary;
  /** Why this user may not add outcomes; null when they may. */
  protected readonly newOutcomeReason = computed(() => whyNoNewOutcome(this.session.user()));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseOutcomeListQuery)), {
    initialValue: EMPTY_OUTCOME_LIST_QUERY,
  });

  protected readonly state = this.store.state;

  /** The results on show; the last ones stay (dimmed) while the next load. */
  private readonly shown = linkedSignal<OutcomeListState, { page: OutcomePage; number: number } | null>({
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
    return !!(query.search.trim() || query.status || query.definedBy || query.mission || query.owner);
  });

  /** "Showing 1–20 of 40 outcomes". */
  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), OUTCOME_PAGE_SIZE, page.nodes.length, page.totalCount, 'outcome', 'outcomes') : '';
  });

  protected readonly emptyMessage = computed(() => {
    const query = this.query();
    const search = query.search.trim();
    if (!this.hasFilters()) return 'When partnerships and projects set shared outcomes, they will be listed here.';
    return search ? `No outcomes match “${search}” with these filters.` : 'No outcomes match these filters.';
  });

  constructor() {
    effect(() => this.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(OUTCOME_SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((search) => this.update({ search }, { replaceUrl: true }));
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, { replaceUrl: true });
  }

  protected update(changes: Partial<OutcomeListQueryState>, options: { replaceUrl?: boolean } = {}): void {
    const next: OutcomeListQueryState = { ...this.query(), ...changes, page: 1, after: null, before: null };
    this.navigate(next, options.replaceUrl ?? false);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_OUTCOME_LIST_QUERY, sort: this.query().sort }, false);
  }

  protected nextPage(): void {
    const page = this.page();
    if (!page?.pageInfo.hasNextPage) return;
    this.navigate({ ...this.query(), page: this.pageNumber() + 1, after: page.pageInfo.endCursor ?? null, before: null }, false);
  }

  protected previousPage(): void {
    const page = this.page();
    const query = this.query();
    const number = this.pageNumber();
    if (!page || number <= 1) return;
    const to =
      number === 2
        ? { ...query, page: 1, after: null, before: null }
        : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor ?? null };
    this.navigate(to, false);
  }

  private navigate(query: OutcomeListQueryState, replaceUrl: boolean): void {
    const params = toOutcomeQueryParams(query);
    if (JSON.stringify(params) === JSON.stringify(toOutcomeQueryParams(this.query()))) return;
    this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
