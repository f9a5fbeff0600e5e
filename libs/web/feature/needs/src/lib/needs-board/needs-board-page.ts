import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { NEED_SOURCE_LABELS, PRIORITY_LABELS } from '@cg/shared/domain';
import {
  EMPTY_NEED_BOARD_QUERY,
  NEED_PAGE_SIZE,
  NeedAnswered,
  NeedBoardQuery,
  NeedBoardStore,
  NeedEditor,
  NeedListPage,
  NeedRow,
  NeedSource,
  Priority,
  SessionStore,
  mayEditNeed,
  mayRaiseNeeds,
} from '@cg/web/data-access';
import { FilterBar, FilterSelect, ListResults, SelectChoices, UrlListPage, formatUkDate } from '@cg/web/ui';
import { PRIORITY_OPTIONS, SOURCE_OPTIONS } from '../labels';
import { PickerValue, SearchPicker, isPickerOption } from '../search-picker/search-picker';
import { hasNeedFilters, parseNeedBoardQuery, toNeedQueryParams } from './need-query';

/** How long typing pauses before the search runs. */
const NEED_SEARCH_DEBOUNCE_MS = 300;

/**
 * The needs board: the needs raised in a place by the community, organisations and data, most
 * urgent first, each beside the projects and outcomes answering it. Filters live in the URL.
 */
@Component({
  selector: 'cg-needs-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, FilterSelect, ListResults, MatButton, RouterLink, SearchPicker],
  providers: [NeedBoardStore],
  templateUrl: './needs-board-page.html',
  styleUrl: './needs-board-page.scss',
})
export class NeedsBoardPage extends UrlListPage<NeedBoardQuery, NeedListPage> {
  private readonly editor = inject(NeedEditor);
  private readonly session = inject(SessionStore);

  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly priorityChoices: SelectChoices<Priority> = PRIORITY_OPTIONS.map((priority) => [priority, PRIORITY_LABELS[priority]]);
  protected readonly sourceLabels = NEED_SOURCE_LABELS;
  protected readonly sourceChoices: SelectChoices<NeedSource> = SOURCE_OPTIONS.map((source) => [source, NEED_SOURCE_LABELS[source]]);
  protected readonly answeredChoices: SelectChoices<NeedAnswered> = [
    ['unanswered', 'Nothing answers it yet'],
    ['answered', 'Answered by a project or outcome'],
  ];
  protected readonly date = formatUkDate;

  protected readonly placeControl = new FormControl<PickerValue>(null);
  protected readonly searchPlaces = (text: string) => this.editor.searchPlaces(text);

  protected readonly canRaise = computed(() => mayRaiseNeeds(this.session.user()));
  protected readonly hasFilters = computed(() => hasNeedFilters(this.query()));

  protected readonly emptyMessage = computed(() => {
    const search = this.query().search.trim();
    if (!this.hasFilters()) return 'When the community or organisations raise a need in a place, it will be listed here.';
    return search ? `No needs match “${search}” with these filters.` : 'No needs match these filters. Try a wider place or fewer filters.';
  });

  constructor() {
    super({
      store: inject(NeedBoardStore),
      parse: parseNeedBoardQuery,
      empty: EMPTY_NEED_BOARD_QUERY,
      toParams: toNeedQueryParams,
      searchDebounceMs: NEED_SEARCH_DEBOUNCE_MS,
      counted: { pageSize: NEED_PAGE_SIZE, one: 'need', many: 'needs' },
    });
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
  }

  protected canEdit(need: NeedRow): boolean {
    return mayEditNeed(this.session.user(), { ownerOrganisationId: need.ownerOrganisationId, raisedByOrganisationId: need.raisedByOrganisation?.id });
  }

  protected override clearFilters(): void {
    this.placeControl.setValue(null, { emitEvent: false });
    super.clearFilters();
  }
}
