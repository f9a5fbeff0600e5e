import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { PLACE_LEVEL_LABELS } from '@cg/shared/domain';
import {
  PlaceEditor,
  PlaceFields,
  PlacePageStore,
  SessionStore,
  describeDecile,
  whyNoNewPlace,
  whyPlaceIsLocked,
} from '@cg/web/data-access';
import { ErrorState, LoadingState, formatCount, formatUkDate, plainErrorMessage } from '@cg/web/ui';
import { PlaceForm } from '../place-form/place-form';

/** One place: where it lies, what lies in it, its population and deprivation, and the work going on there. */
@Component({
  selector: 'cg-place-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, LoadingState, MatButton, PlaceForm, RouterLink],
  providers: [PlacePageStore],
  templateUrl: './place-page.html',
  styleUrl: './place-page.scss',
})
export class PlacePage {
  private readonly store = inject(PlacePageStore);
  private readonly session = inject(SessionStore);
  private readonly editor = inject(PlaceEditor);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly place = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.place : null;
  });
  protected readonly counts = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.counts : null;
  });
  protected readonly lockedReason = computed(() => {
    const place = this.place();
    return place ? whyPlaceIsLocked(this.session.user(), place) : null;
  });
  protected readonly mayAddInside = computed(() => !whyNoNewPlace(this.session.user()) && !this.place()?.archivedAt);

  protected readonly levelLabels = PLACE_LEVEL_LABELS;
  protected readonly count = formatCount;
  protected readonly date = formatUkDate;
  protected readonly decile = describeDecile;
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ text: string; failed?: boolean } | null>(null);

  constructor() {
    effect(() => {
      this.store.load(this.id());
      this.editing.set(false);
      this.message.set(null);
    });
    const title = inject(Title);
    effect(() => {
      const place = this.place();
      if (!place) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([place.name, ...rest].join(' – '));
    });
  }

  protected startEditing(): void {
    this.message.set(null);
    this.editing.set(true);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focusAfterRender('[data-testid="edit-place"]');
  }

  protected onSaved(place: PlaceFields): void {
    this.editing.set(false);
    this.message.set({ text: `${place.name}: changes saved.` });
    this.focusAfterRender('[data-testid="edit-place"]');
  }

  protected async archive(place: PlaceFields): Promise<void> {
    this.busy.set(true);
    const result = await this.editor.archive(place);
    this.busy.set(false);
    if (!result.ok) {
      this.message.set({ text: `${place.name} was not archived. ${plainErrorMessage(result.error)}`, failed: true });
      return;
    }
    this.editing.set(false);
    this.message.set({ text: `${place.name} is archived: it no longer shows in lists or pickers. Nothing is deleted.` });
    this.focusAfterRender('[data-testid="restore-place"]');
  }

  protected async restore(place: PlaceFields): Promise<void> {
    this.busy.set(true);
    const result = await this.editor.restore(place);
    this.busy.set(false);
    if (!result.ok) {
      this.message.set({ text: `${place.name} was not restored. ${plainErrorMessage(result.error)}`, failed: true });
      return;
    }
    this.message.set({ text: `${place.name} is restored: it shows in lists and pickers again.` });
    this.focusAfterRender('[data-testid="archive-place"]');
  }

  protected retry(): void {
    this.store.retry();
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
