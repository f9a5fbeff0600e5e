import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import {
  EMPTY_PERSON_LIST_QUERY,
  PERSON_PAGE_SIZE,
  PersonListRequest,
  PersonListResults,
  PersonListRow,
  PersonListStore,
  SessionStore,
  mayAddPeople,
} from '@cg/web/data-access';
import { FilterBar, FilterSelect, ListResults, ResultsColumn, ResultsTable, SelectChoices, UrlListPage } from '@cg/web/ui';
import { voiceInWords } from '../labels';
import { emptyPeopleMessage, parsePersonListQuery, toPersonListParams } from './person-list-query';

export const PERSON_SEARCH_DEBOUNCE_MS = 250;

/** Everyone recorded: search by name as you type, filter by the voice they bring, sort, page; all in the address. */
@Component({
  selector: 'cg-person-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FilterBar,
    FilterSelect,
    ListResults,
    MatButton,
    MatCheckbox,
    ResultsTable,
    RouterLink,
  ],
  providers: [PersonListStore],
  templateUrl: './person-list-page.html',
  styleUrl: './person-list-page.scss',
})
export class PersonListPage extends UrlListPage<PersonListRequest, PersonListResults> {
  private readonly session = inject(SessionStore);

  protected readonly mayAdd = computed(() => mayAddPeople(this.session.user()));
  protected readonly voice = voiceInWords;
  protected readonly columns: readonly ResultsColumn[] = [{ label: 'Name' }, { label: 'Organisation' }, { label: 'Voice' }];
  protected readonly sortOptions: SelectChoices<PersonListRequest['sort']> = [
    ['name', 'Name (A to Z)'],
    ['name-desc', 'Name (Z to A)'],
    ['newest', 'Newest first'],
    ['updated', 'Recently changed'],
  ];

  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.search.trim() || q.livedExperience || q.communityRepresentative || q.includeArchived);
  });
  protected readonly emptyMessage = computed(() => emptyPeopleMessage(this.query()));

  constructor() {
    super({
      store: inject(PersonListStore),
      parse: parsePersonListQuery,
      empty: EMPTY_PERSON_LIST_QUERY,
      toParams: toPersonListParams,
      searchDebounceMs: PERSON_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: PERSON_PAGE_SIZE, one: 'person', many: 'people' },
    });
  }

  /** Their main organisation now (or their first current one), with their title there. */
  protected mainAffiliation(row: PersonListRow): PersonListRow['affiliations'][number] | null {
    const current = row.affiliations.filter((a) => !a.toDate);
    return current.find((a) => a.isPrimary) ?? current[0] ?? null;
  }
}
