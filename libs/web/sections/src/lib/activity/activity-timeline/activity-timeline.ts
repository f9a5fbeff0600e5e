import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ACTIVITY_KIND_LABELS } from '@cg/shared/domain';
import { ActivityEditor, type ActivityEntry } from '@cg/web/data-access';
import { PickerOption, formatUkDate, plainErrorMessage } from '@cg/web/ui';
import { ActivityEditForm } from '../activity-form/activity-edit-form';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue 3 Nov 2026" for a calendar date, for the timeline's screen-reader text and tooltip. */
export function longDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  return LONG_DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/**
 * What the timeline shows: the entries it was given, less those archived here, each in its
 * latest known version (an edit made here wins until a newer one arrives from outside).
 */
export function shownEntries(
  entries: readonly ActivityEntry[],
  changed: ReadonlyMap<string, ActivityEntry>,
  archived: ReadonlySet<string>,
): ActivityEntry[] {
  return entries
    .filter((e) => !archived.has(e.id))
    .map((e) => {
      const mine = changed.get(e.id);
      return mine && mine.version > e.version ? mine : e;
    });
}

/** The line above the timeline after a change: what happened, and "Undo" after archiving. */
interface TimelineNotice {
  readonly text: string;
  readonly undo?: ActivityEntry;
  readonly failed?: boolean;
}

/**
 * A newest-first list of activities: date, kind, title, notes, who was involved, attendance and
 * place. For people who may change the log, each entry offers Edit (in place) and Archive (with
 * Undo); pages hear of each change to keep their counts.
 */
@Component({
  selector: 'cg-activity-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActivityEditForm, MatButton, RouterLink],
  templateUrl: './activity-timeline.html',
  styleUrl: './activity-timeline.scss',
})
export class ActivityTimeline {
  private readonly editor = inject(ActivityEditor);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly entries = input.required<readonly ActivityEntry[]>();
  /** An entry to point out (the one just logged). */
  readonly highlight = input<string | null>(null);
  /** Heading level of each entry's title, so the page's outline stays in order. */
  readonly headingLevel = input<3 | 4>(3);
  /** Whether the person may change and archive these entries (see `mayChangeActivities`). */
  readonly mayChange = input(false);
  /** Organisations the edit form offers before anything is typed. */
  readonly participants = input<readonly PickerOption[]>([]);
  readonly changed = output<ActivityEntry>();
  readonly archived = output<ActivityEntry>();
  readonly restored = output<ActivityEntry>();

  protected readonly kindLabels = ACTIVITY_KIND_LABELS;
  protected readonly date = formatUkDate;
  protected readonly longDate = longDate;
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<TimelineNotice | null>(null);
  private readonly changedHere = signal<ReadonlyMap<string, ActivityEntry>>(new Map());
  private readonly archivedHere = signal<ReadonlySet<string>>(new Set());
  protected readonly shown = computed(() => shownEntries(this.entries(), this.changedHere(), this.archivedHere()));

  protected names(items: readonly { name?: string; fullName?: string }[]): string {
    return items.map((i) => i.name ?? i.fullName ?? '').join(', ');
  }

  protected startEditing(entry: ActivityEntry): void {
    this.notice.set(null);
    this.editing.set(entry.id);
  }

  protected stopEditing(entry: ActivityEntry): void {
    this.editing.set(null);
    this.focusAfterRender(`[data-edit-for="${entry.id}"]`);
  }

  protected onSaved(entry: ActivityEntry): void {
    this.remember(entry);
    this.editing.set(null);
    this.notice.set({ text: `Saved your changes to “${entry.title}”.` });
    this.changed.emit(entry);
    this.focusAfterRender(`[data-entry="${entry.id}"]`);
  }

  protected async archive(entry: ActivityEntry): Promise<void> {
    this.busy.set(entry.id);
    const result = await this.editor.archive(entry);
    this.busy.set(null);
    if (!result.ok) {
      this.notice.set({ text: `“${entry.title}” was not archived. ${plainErrorMessage(result.error)}`, failed: true });
      return;
    }
    this.archivedHere.update((ids) => new Set(ids).add(entry.id));
    this.notice.set({ text: `Archived “${entry.title}”. It is hidden from the log; nothing is deleted.`, undo: result.value });
    this.archived.emit(result.value);
    // The entry and its buttons are gone: Undo is where the person can carry on.
    this.focusAfterRender('[data-testid="activity-undo"]');
  }

  protected async undo(archived: ActivityEntry): Promise<void> {
    this.busy.set(archived.id);
    const result = await this.editor.restore(archived);
    this.busy.set(null);
    if (!result.ok) {
      this.notice.set({ text: `“${archived.title}” could not be brought back. ${plainErrorMessage(result.error)}`, undo: archived, failed: true });
      return;
    }
    this.archivedHere.update((ids) => {
      const next = new Set(ids);
      next.delete(archived.id);
      return next;
    });
    this.remember(result.value);
    this.notice.set({ text: `Restored “${archived.title}” to the log.` });
    this.restored.emit(result.value);
    this.focusAfterRender(`[data-entry="${archived.id}"]`);
  }

  private remember(entry: ActivityEntry): void {
    this.changedHere.update((map) => new Map(map).set(entry.id, entry));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
