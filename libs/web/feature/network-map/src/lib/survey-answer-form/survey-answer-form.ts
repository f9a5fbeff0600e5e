import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  CONTRIBUTION_LABELS,
  DIMENSION_LABELS,
  PartnerContribution,
  PartnerDimension,
  TRUST_DIMENSIONS,
  VALUE_DIMENSIONS,
} from '@cg/shared/domain';
import { SurveyRoundsStore, SurveyRoundView } from '@cg/web/data-access';
import { ErrorState, formatUkDate, LoadingState, plainErrorMessage } from '@cg/web/ui';
import { SECTOR_LABELS } from '../palette';
import { SCORE_LABELS } from '../partner-ratings-page/score-labels';
import { draftComplete, EMPTY_DRAFT, PartnerDraft, ratingsToSend } from './survey-answer.model';

const SUCCESS_LABELS: ReadonlyArray<readonly [number, string]> = [
  [1, 'Not successful'],
  [2, 'Somewhat successful'],
  [3, 'Successful'],
  [4, 'Very successful'],
];

/**
 * Answering a partnership's survey round for one organisation: for each other member, six
 * PARTNER scores from 1 to 4 and what they contribute (or "we do not work with them"), then how
 * successful the partnership is. Sent once; nobody sees who rated whom.
 */
@Component({
  selector: 'cg-survey-answer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, LoadingState, MatButton, MatCheckbox, MatRadioButton, MatRadioGroup],
  providers: [SurveyRoundsStore],
  templateUrl: './survey-answer-form.html',
  styleUrl: './survey-answer-form.scss',
})
export class SurveyAnswerForm {
  private readonly store = inject(SurveyRoundsStore);

  readonly roundId = input.required<string>();
  readonly organisationId = input.required<string>();
  readonly answered = output<void>();

  protected readonly scores = SCORE_LABELS;
  protected readonly successLabels = SUCCESS_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly groups = [
    { heading: 'Trust', dimensions: TRUST_DIMENSIONS as readonly PartnerDimension[] },
    { heading: 'Value', dimensions: VALUE_DIMENSIONS as readonly PartnerDimension[] },
  ];
  protected readonly dimensionLabels = DIMENSION_LABELS;
  protected readonly contributions = Object.values(PartnerContribution).map((c) => ({ value: c, label: CONTRIBUTION_LABELS[c] }));
  protected readonly date = formatUkDate;

  protected readonly round = signal<SurveyRoundView | null | 'error' | 'loading'>('loading');
  protected readonly loaded = computed(() => {
    const round = this.round();
    return typeof round === 'object' ? round : null;
  });
  protected readonly partners = computed(() => (this.loaded()?.invitations ?? []).filter((i) => i.organisationId !== this.organisationId()));
  protected readonly alreadyAnswered = computed(() => this.loaded()?.invitations.some((i) => i.organisationId === this.organisationId() && i.answered) ?? false);

  protected readonly drafts = signal<ReadonlyMap<string, PartnerDraft>>(new Map());
  protected readonly success = signal<number | null>(null);
  protected readonly sending = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected readonly ready = computed(
    () => this.success() !== null && this.partners().every((p) => draftComplete(this.drafts().get(p.organisationId) ?? EMPTY_DRAFT)),
  );

  constructor() {
    effect(() => {
      const id = this.roundId();
      this.round.set('loading');
      this.store.round(id).then(
        (round) => this.round.set(round),
        () => this.round.set('error'),
      );
    });
  }

  protected draft(partnerId: string): PartnerDraft {
    return this.drafts().get(partnerId) ?? EMPTY_DRAFT;
  }

  private edit(partnerId: string, change: (draft: PartnerDraft) => PartnerDraft): void {
    this.drafts.update((drafts) => new Map(drafts).set(partnerId, change(drafts.get(partnerId) ?? EMPTY_DRAFT)));
    this.message.set(null);
  }

  protected score(partnerId: string, dimension: PartnerDimension, value: number): void {
    this.edit(partnerId, (d) => ({ ...d, scores: { ...d.scores, [dimension]: value } }));
  }

  protected skip(partnerId: string, skipped: boolean): void {
    this.edit(partnerId, (d) => ({ ...d, skipped }));
  }

  protected contribute(partnerId: string, contribution: PartnerContribution, ticked: boolean): void {
    this.edit(partnerId, (d) => ({
      ...d,
      contributions: ticked ? [...d.contributions, contribution] : d.contributions.filter((c) => c !== contribution),
    }));
  }

  protected async send(): Promise<void> {
    const success = this.success();
    if (!this.ready() || success === null || this.sending()) {
      this.message.set({ kind: 'error', text: 'Score every partner on all six questions (or mark that you do not work with them), and answer the success question.' });
      return;
    }
    this.sending.set(true);
    const outcome = await this.store.answer({
      roundId: this.roundId(),
      organisationId: this.organisationId(),
      success,
      ratings: ratingsToSend(this.drafts()),
    });
    this.sending.set(false);
    if (outcome.ok) {
      this.round.set(outcome.value);
      this.message.set({ kind: 'success', text: 'Thank you: your answers are in. Results appear on the partnership page when the round closes.' });
      this.answered.emit();
    } else {
      this.message.set({ kind: 'error', text: plainErrorMessage(outcome.error) });
    }
  }
}
