import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  OrganisationRole,
  PartnerRatingsState,
  PartnerRatingsStore,
  PartnerRow,
  PartnerScore,
  SessionStore,
  SessionUser,
  SurveyRoundsStore,
  SurveyTaskView,
} from '@cg/web/data-access';
import { EmptyState, ErrorState, LoadingState } from '@cg/web/ui';
import { map } from 'rxjs';
import { SECTOR_LABELS } from '../palette';
import { SurveyAnswerForm } from '../survey-answer-form/survey-answer-form';
import { SCORE_LABELS } from './score-labels';

export { SCORE_LABELS };

/** Whose ratings the form records: the organisation asked for in the URL, else the one the user administers. */
export function ratingOrganisation(user: SessionUser | null | undefined, asked: string | null): string | null {
  const memberships = user?.memberships ?? [];
  if (asked && memberships.some((m) => m.organisationId === asked)) return asked;
  const rank = (role: OrganisationRole) =>
    role === OrganisationRole.ORG_ADMIN ? 0 : role === OrganisationRole.COORDINATOR ? 1 : 2;
  return [...memberships].sort((a, b) => rank(a.role) - rank(b.role))[0]?.organisationId ?? null;
}

interface Draft {
  readonly trust: PartnerScore | null;
  readonly value: PartnerScore | null;
}

/**
 * Partner ratings, as in the PARTNER tool: the signed-in user's organisation scores each partner
 * from 1 to 4 on trust and on value. Each score is saved onto the working relationship between the two.
 */
@Component({
  selector: 'cg-partner-ratings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatRadioButton, MatRadioGroup, RouterLink, SurveyAnswerForm],
  providers: [PartnerRatingsStore, SurveyRoundsStore],
  templateUrl: './partner-ratings-page.html',
  styleUrl: './partner-ratings-page.scss',
})
export class PartnerRatingsPage {
  private readonly store = inject(PartnerRatingsStore);
  private readonly session = inject(SessionStore);
  private readonly asked = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((p) => p.get('organisation'))), {
    initialValue: null,
  });

  protected readonly scores = SCORE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly organisationId = computed(() => ratingOrganisation(this.session.user(), this.asked()));
  protected readonly state = this.store.state;

  /** The partners as last saved; rows are replaced as their ratings are saved. */
  protected readonly rows = linkedSignal<PartnerRatingsState, readonly PartnerRow[]>({
    source: this.state,
    computation: (state) => (state.status === 'ready' ? state.ratings.partners : []),
  });
  protected readonly organisationName = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.ratings.organisationName : '';
  });

  /** Unsaved choices by partner id. */
  protected readonly drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  protected readonly saving = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected readonly rowErrors = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly changed = computed(() =>
    this.rows().filter((row) => {
      const draft = this.drafts().get(row.partnerId);
      return draft && draft.trust !== null && draft.value !== null && (draft.trust !== row.trust || draft.value !== row.value);
    }),
  );
  protected readonly incomplete = computed(() =>
    [...this.drafts().entries()].some(([, draft]) => (draft.trust === null) !== (draft.value === null)),
  );

  private readonly rounds = inject(SurveyRoundsStore);
  private readonly askedRound = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((p) => p.get('round'))), { initialValue: null });
  /** Open survey rounds the user's organisations have yet to answer; null until known. */
  private readonly tasks = signal<readonly SurveyTaskView[] | null>(null);
  /**
   * The survey round to answer: the one in the URL, else the organisation's first open one.
   * With none, the page is the standing rating, as for partnerships that run no rounds.
   */
  protected readonly surveyRound = computed(() => {
    const asked = this.askedRound();
    if (asked) return asked;
    return this.tasks()?.find((t) => t.organisationId === this.organisationId())?.roundId ?? null;
  });

  constructor() {
    effect(() => {
      const id = this.organisationId();
      if (id) this.store.load(id);
    });
    this.rounds.tasks().then(
      (tasks) => this.tasks.set(tasks),
      () => this.tasks.set([]),
    );
  }

  protected current(row: PartnerRow, what: 'trust' | 'value'): number | null {
    const draft = this.drafts().get(row.partnerId);
    return draft ? draft[what] : row[what];
  }

  protected choose(row: PartnerRow, what: 'trust' | 'value', score: PartnerScore): void {
    this.drafts.update((drafts) => {
      const next = new Map(drafts);
      const draft = next.get(row.partnerId) ?? { trust: (row.trust as PartnerScore | null) ?? null, value: (row.value as PartnerScore | null) ?? null };
      next.set(row.partnerId, { ...draft, [what]: score });
      return next;
    });
    this.message.set(null);
  }

  protected retry(): void {
    this.store.retry();
  }

  /** Saves every partner whose two scores changed, one after another, and says how it went. */
  protected async save(): Promise<void> {
    const organisationId = this.organisationId();
    const changed = this.changed();
    if (!organisationId || changed.length === 0 || this.saving()) return;
    this.saving.set(true);
    const errors = new Map<string, string>();
    let saved = 0;
    for (const row of changed) {
      const draft = this.drafts().get(row.partnerId) as Draft;
      const outcome = await this.store.save(organisationId, row, draft.trust as PartnerScore, draft.value as PartnerScore);
      if (outcome.ok) {
        saved += 1;
        this.rows.update((rows) => rows.map((r) => (r.partnerId === row.partnerId ? outcome.value : r)));
        this.drafts.update((drafts) => {
          const next = new Map(drafts);
          next.delete(row.partnerId);
          return next;
        });
      } else {
        errors.set(row.partnerId, (outcome.error as Error).message);
      }
    }
    this.rowErrors.set(errors);
    this.saving.set(false);
    const noun = (n: number) => (n === 1 ? 'rating' : 'ratings');
    this.message.set(
      errors.size === 0
        ? { kind: 'success', text: `Saved ${saved} ${noun(saved)}.` }
        : {
            kind: 'error',
            text: `Saved ${saved} ${noun(saved)}; ${errors.size} could not be saved. The reasons are shown beside each partner.`,
          },
    );
  }
}
