import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { GOVERNANCE_LABELS, PARTNERSHIP_STATUS_LABELS, choicesOf } from '@cg/shared/domain';
import {
  EMPTY_PARTNERSHIP_LIST_QUERY,
  PARTNERSHIP_PAGE_SIZE,
  PartnershipListResults,
  PartnershipListRequest,
  PartnershipListStore,
  PartnershipStatus,
  SessionStore,
  whyCannotCreate,
} from '@cg/web/data-access';
import {
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

export const PARTNERSHIP_SEARCH_DEBOUNCE_MS = 250;
const STATUSES = Object.values(PartnershipStatus);

/** The list's state in the URL: `?q=…&status=ACTIVE&member=ORG_ID&sort=members&page=2&after=…`. */
export const { parse: parsePartnershipListQuery, toParams: toPartnershipListParams } = urlListQuery<PartnershipListRequest>({
  sorts: ['name', 'newest', 'members'],
  filters: { status: enumFilter('status', STATUSES), memberOf: idFilter('member') },
});

/** Every partnership: search by name, filter by status or membership, sort, page; all in the URL. */
@Component({
  selector: 'cg-partnership-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, FilterSelect, ListResults, MatButton, MatCheckbox, ResultsTable, RouterLink],
  providers: [PartnershipListStore],
  templateUrl: './partnership-list-page.html',
  styleUrl: '../list-page.scss',
})
export class PartnershipListPage extends UrlListPage<PartnershipListRequest, PartnershipListResults> {
  private readonly session = inject(SessionStore);
  protected readonly cannotCreate = computed(() => whyCannotCreate(this.session.user()));
  protected readonly columns: readonly ResultsColumn[] = [
    { label: 'Name' },
    { label: 'Status' },
    { label: 'Governance' },
    { label: 'Members', numeric: true },
    { label: 'Places' },
    { label: 'Since' },
  ];
  protected readonly statusLabels = PARTNERSHIP_STATUS_LABELS;
  protected readonly statusOptions = choicesOf(PARTNERSHIP_STATUS_LABELS);
  protected readonly sortOptions: SelectChoices<PartnershipListRequest['sort']> = [
    ['name', 'Name (A to Z)'],
    ['newest', 'Newest first'],
    ['members', 'Most members'],
  ];
  protected readonly governanceLabels = GOVERNANCE_LABELS;
  protected readonly date = formatUkDate;

  /** The signed-in person's (first) organisation, for "only my organisation's". */
  protected readonly myOrganisationId = computed(() => this.session.user()?.memberships[0]?.organisationId ?? null);

  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.search.trim() || q.status || q.memberOf);
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

  protected toggleMine(checked: boolean): void {
    this.update({ memberOf: checked ? this.myOrganisationId() : null });
  }

  protected placeNames(places: readonly { name: string }[]): string {
    return places.map((p) => p.name).join(', ');
  }

  constructor() {
    super({
      store: inject(PartnershipListStore),
      parse: parsePartnershipListQuery,
      empty: EMPTY_PARTNERSHIP_LIST_QUERY,
      toParams: toPartnershipListParams,
      searchDebounceMs: PARTNERSHIP_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: PARTNERSHIP_PAGE_SIZE, one: 'partnership', many: 'partnerships' },
    });
  }
}
