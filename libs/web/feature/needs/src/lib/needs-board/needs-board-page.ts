import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NEED_SOURCE_LABELS, PRIORITY_LABELS } from '@cg/shared/domain';
import {
  EMPTY_NEED_BOARD_QUERY,
  NEED_PAGE_SIZE,
  NeedBoardQuery,
  NeedBoardState,
  NeedBoardStore,
  NeedEditor,
  NeedListPage,
  NeedRow,
  NeedSource,
  SessionStore,
  mayEditNeed,
  mayRaiseNeeds,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState, formatUkDate, showingSummary, ListPager } from '@cg/web/ui';
import { Subject, debounceTime, map } from 'rxjs';
import { PRIORITY_OPTIONS, SOURCE_OPTIONS } from '../labels';
import { PickerValue, SearchPicker, isPickerOption } from '../search-picker/search-picker';
import { hasNeedFilters, parseNeedBoardQuery, toNeedQueryParams } from './need-query';

/**
 * The needs board: the needs raised in a place by the community, organisations and data, most
 * urgent first, each beside the projects and outcomes answering it. Filters live in the URL.
 */
@Component({
  selector: 'cg-needs-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatFormField, MatInput, MatLabel, MatOption, MatSelect, RouterLink, SearchPicker, ListPager],
  providers: [NeedBoardStore],
  templateUrl: './needs-board-page.html',
  styleUrl: './needs-board-page.scss',
})
export class NeedsBoardPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(NeedBoardStore);
  private readonly editor = inject(NeedEditor);
  private readonly session = inject(SessionStore);
  private readonly searchText = new Subject<string>();

  protected readonly priorityOptions = PRIORITY_OPTIONS;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly sourceOptions = SOURCE_OPTIONS;
  protected readonly sourceLabels = NEED_SOURCE_LABELS;
  protected readonly community = NeedSource.COMMUNITY;
  protected readonly date = formatUkDate;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseNeedBoardQuery)), { initialValue: EMPTY_NEED_BOARD_QUERY });
  protected readonly state = this.store.state;

  protected readonly placeControl = new FormControl<PickerValue>(null);
  protected readonly searchPlaces = (text: string) => this.editor.searchPlaces(text);

  protected readonly canRaise = computed(() => mayRaiseNeeds(this.session.user()));

  private readonly shown = linkedSignal<NeedBoardState, { page: NeedListPage; number: number } | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.status === 'ready') return { page: state.page, number: untracked(this.query).page };
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly page = computed(() => this.shown()?.page ?? null);
  protected readonly pageNumber = computed(() => this.shown()?.number ?? 1);
  protected readonly loading = computed(() => this.state().status === 'loading');
  protected readonly hasFilters = computed(() => hasNeedFilters(this.query()));

  /** "Showing 1–20 of 40 needs". */
  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), NEED_PAGE_SIZE, page.nodes.length, page.totalCount, 'need', 'needs') : '';
  });

  protected readonly emptyMessage = computed(() => {
    const search = this.query().search.trim();
    if (!this.hasFilters()) return 'When the community or organisations raise a need in a place, it will be listed here.';
    return search ? `No needs match “${search}” with these filters.` : 'No needs match these filters. Try a wider place or fewer filters.';
  });

  constructor() {
    effect(() => this.store.load(this.query()));
    // Name the place in the URL in its picker (after a reload or a shared link).
    effect(() => {
      const place = this.query().place;
      const current = untracked(() => this.placeControl.value);
      if (!place) {
        if (isPickerOption(current)) this.placeControl.setValue(null, { emitEvent: false });
        return;
      }
      if (isPickerOption(current) && current.id === place) return;
      void this.editor.placeName(place).then((option) => option && this.placeControl.setValue(option, { emitEvent: false }));
    });
    // Emptying the place box removes the place filter.
    this.placeControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if ((value === '' || value === null) && this.query().place) this.update({ place: null });
    });
    this.searchText.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((search) => this.update({ search }, true));
  }

  protected canEdit(need: NeedRow): boolean {
    return mayEditNeed(this.session.user(), { ownerOrganisationId: need.ownerOrganisationId, raisedByOrganisationId: need.raisedByOrganisation?.id });
  }

  protected onSearchInput(event: Event): void {
    this.searchText.next((event.target as HTMLInputElement).value);
  }

  protected onSearchSubmit(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    this.update({ search: input.value }, true);
  }

  protected update(changes: Partial<NeedBoardQuery>, replaceUrl = false): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null }, replaceUrl);
  }

  protected clearFilters(): void {
    this.placeControl.setValue(null, { emitEvent: false });
    this.navigate(EMPTY_NEED_BOARD_QUERY, false);
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

  private navigate(query: NeedBoardQuery, replaceUrl: boolean): void {
    const params = toNeedQueryParams(query);
    if (JSON.stringify(params) === JSON.stringify(toNeedQueryParams(this.query()))) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl });
  }
}
