import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { describeRoundChange, SurveyResults } from '@cg/shared/domain';
import { SurveyRoundsStore, SurveyRoundView } from '@cg/web/data-access';
import { downloadFile, ErrorState, formatUkDate, LoadingState, plainErrorMessage } from '@cg/web/ui';
import { HealthSparkline } from './health-sparkline';
import { closedRounds, formatMeasure, HEALTH_MEASURES, healthSeries } from './survey-health';

/** A day `days` after today as yyyy-mm-dd, the value a date input takes. */
function dayAfter(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The partnership's PARTNER survey rounds: opening one (leads), progress while open, closing it,
 * and the health panel of closed rounds (each measure per round, the change in words, any two
 * rounds side by side, the results as CSV). Only aggregates are shown: nobody sees who rated whom.
 */
@Component({
  selector: 'cg-survey-rounds-section',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, FormsModule, HealthSparkline, LoadingState, MatButton],
  providers: [SurveyRoundsStore],
  templateUrl: './survey-rounds-section.html',
  styleUrl: './survey-rounds-section.scss',
})
export class SurveyRoundsSection {
  private readonly store = inject(SurveyRoundsStore);

  readonly partnershipId = input.required<string>();
  /** Whether the user may open and close rounds (admins and coordinators of the leads); the API has the last word. */
  readonly canRun = input(false);

  protected readonly state = this.store.state;
  protected readonly date = formatUkDate;
  protected readonly format = formatMeasure;
  protected readonly measures = HEALTH_MEASURES;

  protected readonly rounds = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.rounds : [];
  });
  protected readonly openRound = computed(() => this.rounds().find((r) => r.status === 'OPEN') ?? null);
  protected readonly closed = computed(() => closedRounds(this.rounds()));
  protected readonly series = computed(() => healthSeries(this.closed()));
  protected readonly labels = computed(() => this.closed().map((r) => formatUkDate(r.closesOn)));
  protected readonly change = computed(() => {
    const closed = this.closed();
    return closed.length >= 2 ? describeRoundChange(closed[closed.length - 2].results, closed[closed.length - 1].results) : null;
  });

  protected readonly closesOn = signal(dayAfter(28));
  protected readonly minDate = dayAfter(1);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  /** The two rounds compared: the last two closed by default. */
  protected readonly left = linkedSignal(() => this.closed().at(-2)?.id ?? this.closed().at(-1)?.id ?? null);
  protected readonly right = linkedSignal(() => this.closed().at(-1)?.id ?? null);
  protected readonly compared = computed(() => {
    const byId = new Map(this.closed().map((r) => [r.id, r]));
    const a = byId.get(this.left() ?? '');
    const b = byId.get(this.right() ?? '');
    return a && b ? { a, b } : null;
  });

  constructor() {
    effect(() => void this.store.load(this.partnershipId()));
  }

  protected retry(): void {
    this.store.retry();
  }

  /** A measure's values by round, for screen readers: "By round: 01/03/2026 2.6; 01/09/2026 3.1." */
  protected inWords(values: readonly (number | null)[], format: (typeof HEALTH_MEASURES)[number]['format']): string {
    return `By round: ${values.map((v, i) => `${this.labels()[i]} ${formatMeasure(v, format)}`).join('; ')}.`;
  }

  protected organisationsOf(results: SurveyResults) {
    return [...results.organisations].sort((x, y) => x.name.localeCompare(y.name, 'en-GB'));
  }

  protected async open(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const outcome = await this.store.open(this.partnershipId(), this.closesOn());
    this.busy.set(false);
    this.message.set(
      outcome.ok
        ? { kind: 'success', text: `Round opened: members are asked to answer by ${formatUkDate(outcome.value.closesOn)}.` }
        : { kind: 'error', text: plainErrorMessage(outcome.error) },
    );
  }

  protected async close(round: SurveyRoundView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const outcome = await this.store.close(round);
    this.busy.set(false);
    this.message.set(
      outcome.ok ? { kind: 'success', text: 'Round closed: its results are frozen below.' } : { kind: 'error', text: plainErrorMessage(outcome.error) },
    );
  }

  /** Saves the round's results as a CSV file, named by the partnership's round date. */
  protected async download(roundId: string, closesOn: string): Promise<void> {
    const csv = await this.store.csv(roundId).catch(() => null);
    if (!csv) {
      this.message.set({ kind: 'error', text: 'The results could not be downloaded. Try again.' });
      return;
    }
    downloadFile(csv, `survey-round-${closesOn}.csv`, 'text/csv;charset=utf-8');
  }
}
