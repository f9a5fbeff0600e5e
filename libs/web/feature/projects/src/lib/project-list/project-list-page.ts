import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { PROJECT_STATUS_LABELS, choicesOf } from '@cg/shared/domain';
import {
  EMPTY_PROJECT_LIST_QUERY,
  PROJECT_PAGE_SIZE,
  ProjectListRequest,
  ProjectListResults,
  ProjectListStore,
  ProjectStatus,
  SessionStore,
} from '@cg/web/data-access';
import {
  formatPounds,
  formatUkDate,
  FilterBar,
  FilterSelect,
  SelectChoices,
  UrlListPage,
  enumFilter,
  idFilter,
  urlListQuery,
  ListResults,
  ResultsColumn,
  ResultsTable,
} from '@cg/web/ui';

export const PROJECT_SEARCH_DEBOUNCE_MS = 250;
const STATUSES = Object.values(ProjectStatus);

/** The list's state in the URL: `?q=…&status=ACTIVE&org=ORG_ID&sort=ending&page=2&after=…`. */
export const { parse: parseProjectListQuery, toParams: toProjectListParams } = urlListQuery<ProjectListRequest>({
  sorts: ['name', 'newest', 'ending'],
  filters: { status: enumFilter('status', STATUSES), participant: idFilter('org') },
});

/** Every joint project: search by name, filter by status or participation, sort, page; all in the URL. */
@Component({
  selector: 'cg-project-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, FilterSelect, ListResults, MatCheckbox, ResultsTable, RouterLink],
  providers: [ProjectListStore],
  templateUrl: './project-list-page.html',
  styleUrl: './project-list-page.scss',
})
export class ProjectListPage extends UrlListPage<ProjectListRequest, ProjectListResults> {
  private readonly session = inject(SessionStore);
  protected readonly columns: readonly ResultsColumn[] = [
    { label: 'Name' },
    { label: 'Status' },
    { label: 'Partnership' },
    { label: 'Dates' },
    { label: 'Budget', numeric: true },
  ];
  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly statusOptions = choicesOf(PROJECT_STATUS_LABELS);
  protected readonly sortOptions: SelectChoices<ProjectListRequest['sort']> = [
    ['name', 'Name (A to Z)'],
    ['newest', 'Newest first'],
    ['ending', 'Ending soonest'],
  ];
  protected readonly date = formatUkDate;
  protected readonly pounds = formatPounds;
  protected readonly myOrganisationId = computed(() => this.session.user()?.memberships[0]?.organisationId ?? null);

  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.search.trim() || q.status || q.participant);
  });

  protected readonly emptyMessage = computed(() => {
    const q = this.query();
    const search = q.search.trim();
    const parts = [
      q.status && PROJECT_STATUS_LABELS[q.status].toLowerCase(),
      q.participant && 'your organisation takes part',
    ].filter(Boolean);
    if (!search && parts.length === 0) return 'No projects have been recorded yet.';
    const what = search ? `No projects match “${search}”` : 'No projects match';
    return parts.length ? `${what} with these filters: ${parts.join(', ')}.` : `${what}.`;
  });

  protected toggleMine(checked: boolean): void {
    this.update({ participant: checked ? this.myOrganisationId() : null });
  }

  constructor() {
    super({
      store: inject(ProjectListStore),
      parse: parseProjectListQuery,
      empty: EMPTY_PROJECT_LIST_QUERY,
      toParams: toProjectListParams,
      searchDebounceMs: PROJECT_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: PROJECT_PAGE_SIZE, one: 'project', many: 'projects' },
    });
  }
}
