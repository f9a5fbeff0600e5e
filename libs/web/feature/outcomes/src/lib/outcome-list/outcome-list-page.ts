import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { MISSION_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_LABELS } from '@cg/shared/domain';
import {
  EMPTY_OUTCOME_LIST_QUERY,
  MY_OUTCOMES,
  OUTCOME_PAGE_SIZE,
  OutcomeListPage as OutcomePage,
  OutcomeListQueryState,
  OutcomeListRow,
  OutcomeListStore,
  OutcomeOwnerOptionsStore,
  OutcomeStatus,
  SessionStore,
  whyNoNewOutcome,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, ListPager, UrlListPage } from '@cg/web/ui';
import { DEFINER_OPTIONS, MISSION_OPTIONS, STATUS_OPTIONS } from '../labels';
import { parseOutcomeListQuery, toOutcomeQueryParams } from '../outcome-list-query';
import { StatusBadge } from '../status-badge/status-badge';

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
export class OutcomeListPage extends UrlListPage<OutcomeListQueryState, OutcomePage> {
  private readonly store = inject(OutcomeListStore);
  private readonly session = inject(SessionStore);

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

  protected readonly hasFilters = computed(() => {
    const query = this.query();
    return !!(query.search.trim() || query.status || query.definedBy || query.mission || query.owner);
  });

  protected readonly emptyMessage = computed(() => {
    const query = this.query();
    const search = query.search.trim();
    if (!this.hasFilters()) return 'When partnerships and projects set shared outcomes, they will be listed here.';
    return search ? `No outcomes match “${search}” with these filters.` : 'No outcomes match these filters.';
  });

  constructor() {
    super({
      store: inject(OutcomeListStore),
      parse: parseOutcomeListQuery,
      empty: EMPTY_OUTCOME_LIST_QUERY,
      toParams: toOutcomeQueryParams,
      searchDebounceMs: OUTCOME_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: OUTCOME_PAGE_SIZE, one: 'outcome', many: 'outcomes' },
      // The table has more columns than most lists'.
      tableWidth: '(min-width: 56rem)',
    });
  }
}
