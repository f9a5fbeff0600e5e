import { ChangeDetectionStrategy, Component, ElementRef, WritableSignal, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { MISSION_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_HINTS } from '@cg/shared/domain';
import { OutcomeDetailStore, OutcomeEditor, OutcomeIndicator } from '@cg/web/data-access';
import { RecordPageState, describeError, formatUkDate } from '@cg/web/ui';
import { IndicatorForm } from '../indicator-form/indicator-form';
import { MeasurementForm } from '../measurement-form/measurement-form';
import { OutcomeForm } from '../outcome-form/outcome-form';
import { IndicatorChart } from '../indicator-chart/indicator-chart';
import { formatIndicatorValue, progressText } from '../indicator-chart/indicator-series';
import { DIRECTION_LABELS } from '../labels';
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
  imports: [
    IndicatorChart,
    IndicatorForm,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    RecordPageState,
    MeasurementForm,
    OutcomeForm,
    RecordMeasurementForm,
    RouterLink,
    StatusBadge,
    StoryForm,
  ],
  providers: [OutcomeDetailStore],
  host: { class: 'cg-record-page' },
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
  protected readonly canManage = this.store.canManage;
  private readonly editor = inject(OutcomeEditor);
  private readonly router = inject(Router);

  protected readonly editingOutcome = signal(false);
  protected readonly outcomeMessage = signal('');
  protected readonly confirmingArchive = signal(false);
  protected readonly archiving = signal(false);
  protected readonly archiveProblem = signal('');
  protected readonly addingIndicator = signal(false);
  /** The indicator being edited. */
  protected readonly editingIndicator = signal<string | null>(null);
  protected readonly indicatorMessage = signal('');
  /** The indicator whose readings are being corrected, and which reading. */
  protected readonly correcting = signal<string | null>(null);
  protected readonly correctingMeasurementId = signal<string | null>(null);
  protected readonly editingStory = signal<string | null>(null);
  /** The archive confirmation takes focus when it opens, so keyboard and screen reader users land on it. */
  private readonly archiveConfirm = viewChild<ElementRef<HTMLElement>>('archiveConfirm');

  /** Ids of the indicators whose reading form is open. */
  protected readonly openForms = signal<ReadonlySet<string>>(new Set());
  protected readonly storyFormOpen = signal(false);
  protected readonly storySaved = signal('');

  protected readonly definerLabels = OUTCOME_DEFINER_LABELS;
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly missionLabels = MISSION_LABELS;
  protected readonly statusHints = OUTCOME_STATUS_HINTS;
  protected readonly date = formatUkDate;
  protected readonly progressText = progressText;

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => this.archiveConfirm()?.nativeElement.focus());
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

  /** The day of a timestamp, for dd/mm/yyyy. */
  protected isoDay(timestamp: unknown): string {
    return String(timestamp).slice(0, 10);
  }

  protected toggle(which: WritableSignal<string | null>, id: string): void {
    which.update((current) => (current === id ? null : id));
  }

  protected toggleEditOutcome(): void {
    this.outcomeMessage.set('');
    this.editingOutcome.update((open) => !open);
  }

  protected onOutcomeSaved(): void {
    this.editingOutcome.set(false);
    this.outcomeMessage.set('Outcome saved.');
  }

  protected async archive(): Promise<void> {
    const outcome = this.outcome();
    if (!outcome || this.archiving()) return;
    this.archiving.set(true);
    this.archiveProblem.set('');
    const result = await this.editor.archive(outcome.id, outcome.version);
    this.archiving.set(false);
    if (!result.ok) {
      this.archiveProblem.set(describeError(result.error).message);
      return;
    }
    void this.router.navigate(['/outcomes']);
  }

  protected openAddIndicator(): void {
    this.indicatorMessage.set('');
    this.addingIndicator.set(true);
  }

  protected onIndicatorSaved(name: string, added: boolean): void {
    if (added) this.addingIndicator.set(false);
    else this.editingIndicator.set(null);
    this.indicatorMessage.set(added ? `Indicator “${name}” added.` : `Indicator “${name}” saved.`);
  }

  protected newestFirst(indicator: OutcomeIndicator) {
    return [...indicator.measurements].sort((a, b) => String(b.date).localeCompare(String(a.date)));
  }

  protected toggleCorrecting(indicator: OutcomeIndicator): void {
    if (this.correcting() === indicator.id) {
      this.correcting.set(null);
      return;
    }
    this.correcting.set(indicator.id);
    this.correctingMeasurementId.set(this.newestFirst(indicator)[0]?.id ?? null);
  }

  protected chosenMeasurement(indicator: OutcomeIndicator) {
    return indicator.measurements.find((m) => m.id === this.correctingMeasurementId()) ?? null;
  }

  protected onMeasurementCorrected(message: string): void {
    this.correcting.set(null);
    this.indicatorMessage.set(message);
  }

  protected onStoryEdited(title: string): void {
    this.editingStory.set(null);
    this.storySaved.set(`Story “${title}” saved.`);
  }

  protected retry(): void {
    this.store.retry();
  }
}
