import { Injectable, Signal, computed, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { Observable, firstValueFrom, map } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  CreateIndicatorGQL,
  CreateIndicatorInput,
  CreateStoryGQL,
  CreateStoryInput,
  UpdateIndicatorGQL,
  UpdateIndicatorInput,
  UpdateMeasurementGQL,
  UpdateMeasurementInput,
  UpdateStoryGQL,
  UpdateStoryInput,
  OrganisationRole,
  OutcomeDetailDocument,
  OutcomeDetailGQL,
  OutcomeDetailQuery,
  RecordMeasurementGQL,
  RecordMeasurementInput,
} from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { SessionStore, SessionUser } from '../session/session.store';
import { mayManageOutcome } from './outcome-editing.store';

export type OutcomeDetail = OutcomeDetailQuery['outcome'];
export type OutcomeIndicator = OutcomeDetail['indicators'][number];
export type OutcomeStory = OutcomeDetail['stories'][number];

export type OutcomeDetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly outcome: OutcomeDetail };

/**
 * One shared outcome with its indicators, readings and stories, as a signal; provide it on the
 * outcome page and `load` the route's id. Recording a reading or adding a story refetches the
 * outcome, so its charts, progress and status update in place.
 */
@Injectable()
export class OutcomeDetailStore {
  private readonly detailGql = inject(OutcomeDetailGQL);
  private readonly recordGql = inject(RecordMeasurementGQL);
  private readonly storyGql = inject(CreateStoryGQL);
  private readonly createIndicatorGql = inject(CreateIndicatorGQL);
  private readonly updateIndicatorGql = inject(UpdateIndicatorGQL);
  private readonly updateMeasurementGql = inject(UpdateMeasurementGQL);
  private readonly updateStoryGql = inject(UpdateStoryGQL);
  private readonly session = inject(SessionStore);
  private readonly byId = new RequestStore<string, OutcomeDetailState>({
    fetch: (id, fetchPolicy) => this.detailGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toDetailState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
  });
  readonly state: Signal<OutcomeDetailState> = this.byId.state;

  /**
   * Whether the signed-in user may record readings and stories here: an instance admin, or a
   * coordinator or organisation admin of an organisation that takes part in the owner. The API
   * has the last word; this only decides whether to offer the forms.
   */
  readonly canContribute = computed(() => {
    const state = this.state();
    return state.status === 'ready' && mayContribute(this.session.user() ?? null, state.outcome);
  });

  /**
   * Whether the signed-in user may change the outcome itself and its indicators (see
   * `mayManageOutcome`); coordinators may not, though they record readings and stories.
   */
  readonly canManage = computed(() => {
    const state = this.state();
    return state.status === 'ready' && mayManageOutcome(this.session.user() ?? null, state.outcome);
  });

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
  }

  recordMeasurement(input: RecordMeasurementInput): Promise<Result> {
    return this.save(this.recordGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  addStory(input: CreateStoryInput): Promise<Result> {
    return this.save(this.storyGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  addIndicator(input: CreateIndicatorInput): Promise<Result> {
    return this.save(this.createIndicatorGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  updateIndicator(input: UpdateIndicatorInput): Promise<Result> {
    return this.save(this.updateIndicatorGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  /** Corrects a reading. */
  updateMeasurement(input: UpdateMeasurementInput): Promise<Result> {
    return this.save(this.updateMeasurementGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  updateStory(input: UpdateStoryInput): Promise<Result> {
    return this.save(this.updateStoryGql.mutate({ variables: { input }, ...this.refetch() }));
  }

  /** Asks for the outcome again once the change is saved, so progress and status are the server's. */
  private refetch() {
    const id = this.byId.current();
    return id
      ? { refetchQueries: [{ query: OutcomeDetailDocument, variables: { id } }], awaitRefetchQueries: true }
      : {};
  }

  private async save<T>(mutation: Observable<{ error?: unknown; data?: T }>): Promise<Result> {
    try {
      const result = await firstValueFrom(mutation);
      return result.error ? { ok: false, error: result.error } : { ok: true, value: undefined };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

/** Whether a user may add readings and stories to this outcome (see `canContribute`). */
export function mayContribute(user: SessionUser | null, outcome: OutcomeDetail): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const taking = new Set<string>([
    ...(outcome.ownerPartnership?.members ?? []).filter((m) => !m.toDate).map((m) => m.organisationId),
    ...(outcome.ownerProject?.participants ?? []).map((p) => p.organisationId),
  ]);
  return user.memberships.some(
    (m) => taking.has(m.organisationId) && (m.role === OrganisationRole.COORDINATOR || m.role === OrganisationRole.ORG_ADMIN),
  );
}

function toDetailState(result: ObservableQuery.Result<OutcomeDetailQuery>): OutcomeDetailState {
  if (result.error) return isNotFound(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', outcome: result.data.outcome };
  return { status: 'loading' };
}

/** NOT_FOUND, or an id the API refuses as malformed: either way there is no such outcome. */
function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> } | null)?.errors ?? [];
  return errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
}
