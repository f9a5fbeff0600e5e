import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MISSION_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_LABELS } from '@cg/shared/domain';
import {
  EMPTY_OUTCOME_LIST_QUERY,
  MY_OUTCOMES,
  OUTCOME_PAGE_SIZE,
  OutcomeListPage as OutcomePage,
  OutcomeListQueryState,
  OutcomeListRow,
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeListStore,
  OutcomeOwnerOptionsStore,
  OutcomeStatus,
  SessionStore,
  whyNoNewOutcome,
} from '@cg/web/data-access';
import { FilterBar, FilterSelect, ListResults, ResultsColumn, ResultsTable, SelectChoices, UrlListPage } from '@cg/web/ui';
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
  imports: [FilterBar, FilterSelect, ListResults, MatButton, ResultsTable, RouterLink, StatusBadge],
  providers: [OutcomeListStore, OutcomeOwnerOptionsStore],
  templateUrl: './outcome-list-page.html',
  styleUrl: './outcome-list-page.scss',
})
export class OutcomeListPage extends UrlListPage<OutcomeListQueryState, OutcomePage> {
  private readonly store = inject(OutcomeListStore);
  private readonly session = inject(SessionStore);

  protected readonly columns: readonly ResultsColumn[] = [
    { label: 'Outcome' },
    { label: 'Progress' },
    { label: 'Owner' },
    { label: 'Defined by' },
    { label: 'Indicators' },
  ];
  protected readonly statusChoices: SelectChoices<OutcomeStatus> = STATUS_OPTIONS.map((status) => [status, OUTCOME_STATUS_LABELS[status]]);
  protected readonly definerLabels = OUTCOME_DEFINER_LABELS;
  protected readonly definerChoices: SelectChoices<OutcomeDefiner> = DEFINER_OPTIONS.map((definer) => [definer, OUTCOME_DEFINER_LABELS[definer]]);
  protected readonly missionChoices: SelectChoices<LevellingUpMission> = MISSION_OPTIONS.map((mission) => [mission, MISSION_LABELS[mission]]);
  protected readonly sortChoices: SelectChoices<OutcomeListQueryState['sort']> = [
    ['title', 'Title (A to Z)'],
    ['recent', 'Recently added'],
  ];
  private readonly ownerOptions = inject(OutcomeOwnerOptionsStore).options;
  /** "My organisation’s partnerships and projects" (for members of one), then every owner. */
  protected readonly ownerChoices = computed<SelectChoices<string>>(() => [
    ...(this.store.myOrganisationId() ? [[MY_OUTCOMES, 'My organisation’s partnerships and projects'] as const] : []),
    ...this.ownerOptions().map((option) => [option.id, option.name] as const),
  ]);
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
