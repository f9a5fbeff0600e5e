import { Injectable, inject, signal } from '@angular/core';
import type { Result } from '@cg/shared/domain';
import { Observable, firstValueFrom } from 'rxjs';
import {
  AnswerSurveyRoundGQL,
  AnswerSurveyRoundInput,
  CloseSurveyRoundGQL,
  OpenSurveyRoundGQL,
  SurveyRoundCsvGQL,
  SurveyRoundGQL,
  SurveyRoundPartsFragment,
  SurveyRoundsGQL,
  SurveyTasksGQL,
  SurveyTasksQuery,
} from '../../generated/graphql';

export type SurveyRoundView = SurveyRoundPartsFragment;
export type SurveyTaskView = SurveyTasksQuery['surveyTasks'][number];

export type SurveyRoundsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly rounds: readonly SurveyRoundView[] };

/**
 * A partnership's PARTNER survey rounds (newest first) and the changes made to them: opening,
 * answering, closing. Always read from the network: progress moves as members answer.
 */
@Injectable()
export class SurveyRoundsStore {
  private readonly roundsGql = inject(SurveyRoundsGQL);
  private readonly roundGql = inject(SurveyRoundGQL);
  private readonly csvGql = inject(SurveyRoundCsvGQL);
  private readonly tasksGql = inject(SurveyTasksGQL);
  private readonly openGql = inject(OpenSurveyRoundGQL);
  private readonly answerGql = inject(AnswerSurveyRoundGQL);
  private readonly closeGql = inject(CloseSurveyRoundGQL);

  private readonly current = signal<SurveyRoundsState>({ status: 'loading' });
  readonly state = this.current.asReadonly();
  private partnershipId: string | null = null;

  async load(partnershipId: string): Promise<void> {
    this.partnershipId = partnershipId;
    this.current.set({ status: 'loading' });
    try {
      const result = await firstValueFrom(this.roundsGql.fetch({ variables: { partnershipId }, fetchPolicy: 'network-only' }));
      this.current.set({ status: 'ready', rounds: result.data?.surveyRounds ?? [] });
    } catch {
      this.current.set({ status: 'error' });
    }
  }

  retry(): void {
    if (this.partnershipId) void this.load(this.partnershipId);
  }

  async round(id: string): Promise<SurveyRoundView | null> {
    const result = await firstValueFrom(this.roundGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
    return result.data?.surveyRound ?? null;
  }

  async tasks(): Promise<readonly SurveyTaskView[]> {
    const result = await firstValueFrom(this.tasksGql.fetch({ fetchPolicy: 'network-only' }));
    return result.data?.surveyTasks ?? [];
  }

  async csv(id: string): Promise<string | null> {
    const result = await firstValueFrom(this.csvGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
    return result.data?.surveyRound.resultsCsv ?? null;
  }

  open(partnershipId: string, closesOn: string): Promise<Result<SurveyRoundView>> {
    return this.change(this.openGql.mutate({ variables: { input: { partnershipId, closesOn } } }), (d) => d?.openSurveyRound);
  }

  answer(input: AnswerSurveyRoundInput): Promise<Result<SurveyRoundView>> {
    return this.change(this.answerGql.mutate({ variables: { input } }), (d) => d?.answerSurveyRound);
  }

  close(round: Pick<SurveyRoundView, 'id' | 'version'>): Promise<Result<SurveyRoundView>> {
    return this.change(this.closeGql.mutate({ variables: { input: { id: round.id, version: round.version } } }), (d) => d?.closeSurveyRound);
  }

  private async change<D>(
    request: Observable<{ data?: D | null }>,
    pick: (data: D | null | undefined) => SurveyRoundView | undefined,
  ): Promise<Result<SurveyRoundView>> {
    try {
      const result = await firstValueFrom(request);
      const round = pick(result.data);
      if (!round) return { ok: false, error: new Error('The server sent no round back.') };
      // Keep the list in step, so progress and results show without a reload.
      const state = this.current();
      if (state.status === 'ready') {
        const known = state.rounds.some((r) => r.id === round.id);
        // A new round is the newest; a changed one keeps its place.
        const rounds = known ? state.rounds.map((r) => (r.id === round.id ? round : r)) : [round, ...state.rounds];
        this.current.set({ status: 'ready', rounds });
      }
      return { ok: true, value: round };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
