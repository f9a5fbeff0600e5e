import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  EMPTY_PERSON_LIST_QUERY,
  PERSON_PAGE_SIZE,
  PersonListRequest,
  PersonListResults,
  PersonListRow,
  PersonListState,
  PersonListStore,
  SessionStore,
  mayAddPeople,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, showingSummary, ListPager } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';
import { voiceInWords } from '../labels';
import { emptyPeopleMessage, parsePersonListQuery, toPersonListParams } from './person-list-query';

const TABLE_WIDTH = '(min-width: 48rem)';
export const PERSON_SEARCH_DEBOUNCE_MS = 250;

/** Everyone recorded: search by name as you type, filter by the voice they bring, sort, page; all in the address. */
@Component({
  selector: 'cg-person-list-page',
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
    ListPager,
  ],
  providers: [PersonListStore],
  templateUrl: './person-list-page.html',
  styleUrl: './person-list-page.scss',
})
export class PersonListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(PersonListStore);
  private readonly session = inject(SessionStore);
  private readonly searchText = new Subject<string>();

  protected readonly mayAdd = computed(() => mayAddPeople(this.session.user()));
  protected readonly voice = voiceInWords;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parsePersonListQuery)), {
    initialValue: EMPTY_PERSON_LIST_QUERY,
  });
  protected readonly state = this.store.state;

  /** The last page shown stays, faded, while the next loads. */
  private readonly shown = linkedSignal<PersonListState, { page: PersonListResults; number: number } | null>({
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
    return !!(q.search.trim() || q.livedExperience || q.communityRepresentative || q.includeArchived);
  });
  protected readonly summary = computed(() => {
    const page = this.page();
    return page
      ? showingSummary(this.pageNumber(), PERSON_PAGE_SIZE, page.nodes.length, page.totalCount, 'person', 'people')
      : '';
  });
  protected readonly emptyMessage = computed(() => emptyPeopleMessage(this.query()));

  constructor() {
    effect(() => this.store.load(this.query()));
    this.searchText
      .pipe(debounceTime(PERSON_SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((search) => this.update({ search }, true));
  }

  /** Their main organisation now (or their first current one), with their title there. */
  protected mainAffiliation(row: PersonListRow): PersonListRow['affiliations'][number] | null {
    const current = row.affiliations.filter((a) => !a.toDate);
    return current.find((a) => a.isPrimary) ?? current[0] ?? null;
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, true);
  }

  protected update(changes: Partial<PersonListRequest>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  protected clearFilters(): void {
    this.navigate({ ...EMPTY_PERSON_LIST_QUERY, sort: this.query().sort }, false);
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

  private navigate(query: PersonListRequest, replaceUrl: boolean): void {
    const params = toPersonListParams(query);
    if (JSON.stringify(params) === JSON.stringify(toPersonListParams(this.query()))) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
