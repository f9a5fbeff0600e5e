import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActivityEntry } from '@cg/web/data-access';
import { formatUkDate } from '@cg/web/ui';
import { ACTIVITY_KIND_LABELS } from '../labels';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue 3 Nov 2026" for a calendar date, for the timeline's screen-reader text and tooltip. */
export function longDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  return LONG_DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** A newest-first list of activities: date, kind, title, notes, who was involved, attendance. */
@Component({
  selector: 'cg-activity-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './activity-timeline.html',
  styleUrl: './activity-timeline.scss',
})
export class ActivityTimeline {
  readonly entries = input.required<readonly ActivityEntry[]>();
  /** An entry to point out (the one just logged). */
  readonly highlight = input<string | null>(null);
  /** Heading level of each entry's title, so the page's outline stays in order. */
  readonly headingLevel = input<3 | 4>(3);

  protected readonly kindLabels = ACTIVITY_KIND_LABELS;
  protected readonly date = formatUkDate;
  protected readonly longDate = longDate;

  protected names(items: readonly { name?: string; fullName?: string }[]): string {
    return items.map((i) => i.name ?? i.fullName ?? '').join(', ');
  }
}
