import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { OutcomeDetailStore, OutcomeIndicator } from '@cg/web/data-access';
import { ErrorState, LoadingState, formatUkDate } from '@cg/web/ui';
import { IndicatorChart } from '../indicator-chart/indicator-chart';
import { formatIndicatorValue, progressText } from '../indicator-chart/indicator-series';
import { DEFINER_LABELS, DIRECTION_LABELS, MISSION_LABELS, OUTCOME_STATUS_HINTS } from '../labels';
import { RecordMeasurementForm } from '../record-measurement-form/record-measurement-form';
import { StatusBadge } from '../status-badge/status-badge';
import { StoryForm } from '../story-form/story-form';

/**
 * One shared outcome: who defined it and owns it, each indicator as a chart against baseline and
 * target with its progress, and the stories beside the numbers. Coordinators of organisations
 * taking part record readings and add stories here.
 */
@Component({
  selector: 'cg-outcome-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, IndicatorChart, LoadingState, MatButton, RecordMeasurementForm, RouterLink, StatusBadge, StoryForm],
  providers: [OutcomeDetailStore],
  templateUrl: './outcome-page.html',
  styleUrl: './outcome-page.scss',
})
export class OutcomePage {
  private readonly store = inject(OutcomeDetailStore);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly outcome = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.outcome : null;
  });
  protected readonly canContribute = this.store.canContribute;

  /** Ids of the indicators whose reading form is open. */
  protected readonly openForms = signal<ReadonlySet<string>>(new Set());
  protected readonly storyFormOpen = signal(false);
  protected readonly storySaved = signal('');

  protected readonly definerLabels = DEFINER_LABELS;
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly missionLabels = MISSION_LABELS;
  protected readonly statusHints = OUTCOME_STATUS_HINTS;
  protected readonly date = formatUkDate;
  protected readonly progressText = progressText;

  constructor() {
    effect(() => this.store.load(this.id()));
    // The route's title is the generic "Outcome – Common Ground"; once loaded, name it.
    const title = inject(Title);
    effect(() => {
      const outcome = this.outcome();
      if (!outcome) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([outcome.title, ...rest].join(' – '));
    });
  }

  protected value(indicator: OutcomeIndicator, value: number | null | undefined): string {
    return value == null ? 'Not set' : formatIndicatorValue(value, indicator.unit);
  }

  protected latest(indicator: OutcomeIndicator) {
    return indicator.measurements.reduce<OutcomeIndicator['measurements'][number] | null>(
      (latest, m) => (!latest || String(m.date) >= String(latest.date) ? m : latest),
      null,
    );
  }

  protected progressPercent(indicator: OutcomeIndicator): number {
    return Math.round((indicator.progress?.display ?? 0) * 100);
  }

  protected toggleForm(indicatorId: string): void {
    this.openForms.update((open) => {
      const next = new Set(open);
      if (next.has(indicatorId)) next.delete(indicatorId);
      else next.add(indicatorId);
      return next;
    });
  }

  protected onStorySaved(title: string): void {
    this.storyFormOpen.set(false);
    this.storySaved.set(`Story “${title}” added.`);
  }

  protected openStoryForm(): void {
    this.storySaved.set('');
    this.storyFormOpen.set(true);
  }

  protected retry(): void {
    this.store.retry();
  }
}
