import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { Observable, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import {
  ActivityFilter,
  DashboardDetailsGQL,
  DashboardDetailsQuery,
  DashboardOrganisationGQL,
  DashboardOrganisationQuery,
  FundingFilter,
  InstanceAttentionGQL,
  InstanceAttentionQuery,
  OrganisationNameGQL,
  OutcomeFilter,
  OutcomeStatus,
  TieKind,
} from '../../generated/graphql';
import { RequestFetchPolicy, RequestStore } from '../graphql/request-store';
import { SessionStore } from '../session/session.store';

export type DashboardOrganisation = DashboardOrganisationQuery['organisation'];
export type DashboardDetails = DashboardDetailsQuery;
export type InstanceAttention = InstanceAttentionQuery;
export type DashboardOutcome = DashboardDetails['outcomesAtRisk']['nodes'][number];
export type DashboardActivity = DashboardDetails['recentActivities']['nodes'][number];
export type DashboardFunding = DashboardDetails['fundings']['nodes'][number];

/** A card's data: loading, failed, or there. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly data: T };

/** Outcomes the dashboard calls "at risk": behind plan, or off track. */
export const AT_RISK_STATUSES: readonly OutcomeStatus[] = [OutcomeStatus.OFF_TRACK, OutcomeStatus.AT_RISK];

/** One partner of the organisation, with every way they are tied. */
export interface Partner {
  readonly id: string;
  readonly name: string;
  readonly sector: DashboardOrganisation['ties'][number]['organisation']['sector'];
  readonly kinds: readonly TieKind[];
  /** Partnerships, projects, grants and relationships shared: the strength of the tie, roughly. */
  readonly links: number;
}

const KIND_ORDER: readonly TieKind[] = [TieKind.CO_MEMBERSHIP, TieKind.JOINT_PROJECT, TieKind.FUNDING, TieKind.RELATIONSHIP];

/** Merges ties into one line per partner, most linked first, then by name. */
export function toPartners(ties: DashboardOrganisation['ties']): Partner[] {
  const partners = new Map<string, { partner: Partner; vias: Set<string>; kinds: Set<TieKind> }>();
  for (const tie of ties) {
    const entry = partners.get(tie.organisation.id) ?? {
      partner: { id: tie.organisation.id, name: tie.organisation.name, sector: tie.organisation.sector, kinds: [], links: 0 },
      vias: new Set<string>(),
      kinds: new Set<TieKind>(),
    };
    entry.vias.add(`${tie.kind}:${tie.viaId}`);
    entry.kinds.add(tie.kind);
    partners.set(tie.organisation.id, entry);
  }
  return [...partners.values()]
    .map(({ partner, vias, kinds }) => ({
      ...partner,
      links: vias.size,
      kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
    }))
    .sort((a, b) => b.links - a.links || a.name.localeCompare(b.name, 'en-GB'));
}

/** The partnerships (current memberships) and projects an organisation takes part in. */
export function involvement(organisation: DashboardOrganisation): { partnershipIds: string[]; projectIds: string[] } {
  return {
    partnershipIds: organisation.memberships.filter((m) => !m.toDate).map((m) => m.partnership.id),
    projectIds: organisation.projects.map((p) => p.project.id),
  };
}

/** Filters for the organisation's outcomes at risk, the activity around it and its funding. */
export function dashboardFilters(organisation: DashboardOrganisation): {
  outcomeFilter: OutcomeFilter;
  activityFilter: ActivityFilter;
  fundingFilter: FundingFilter;
} {
  const { partnershipIds, projectIds } = involvement(organisation);
  return {
    outcomeFilter: {
      and: [
        { status: { in: [...AT_RISK_STATUSES] } },
        { or: [{ ownerPartnership: { in: partnershipIds } }, { ownerProject: { in: projectIds } }] },
      ],
    },
    activityFilter: {
      or: [
        { project: { in: projectIds } },
        { partnership: { in: partnershipIds } },
        { organisationInvolved: { eq: organisation.id } },
      ],
    },
    fundingFilter: {
      or: [
        { funder: { eq: organisation.id } },
        { recipientOrganisation: { eq: organisation.id } },
        { recipientPartnership: { in: partnershipIds } },
        { recipientProject: { in: projectIds } },
      ],
    },
  };
}

/** A party to a grant, with the route to its page. */
export interface FundingParty {
  readonly name: string;
  readonly link: readonly string[];
}

/** One funding line: who gave it to whom, and whether the organisation gave or received it. */
export interface FundingLine {
  readonly id: string;
  /** Given by the organisation, or received by it, its partnerships or its projects. */
  readonly direction: 'given' | 'received';
  readonly amount: number;
  readonly status: DashboardFunding['status'];
  readonly awardDate: string | null;
  readonly programme: string | null;
  readonly from: FundingParty;
  readonly to: FundingParty | null;
}

export function toFundingLines(fundings: readonly DashboardFunding[], organisationId: string): FundingLine[] {
  return fundings.map((funding) => ({
    id: funding.id,
    direction: funding.funder.id === organisationId ? 'given' : 'received',
    amount: funding.amount,
    status: funding.status,
    awardDate: (funding.awardDate as string | null) ?? null,
    programme: funding.programme ?? null,
    from: { name: funding.funder.name, link: ['/organisations', funding.funder.id] },
    to: funding.recipientPartnership
      ? { name: funding.recipientPartnership.name, link: ['/partnerships', funding.recipientPartnership.id] }
      : funding.recipientProject
        ? { name: funding.recipientProject.name, link: ['/projects', funding.recipientProject.id] }
        : funding.recipientOrganisation
          ? { name: funding.recipientOrganisation.name, link: ['/organisations', funding.recipientOrganisation.id] }
          : null,
  }));
}

function fromResult<T, R>(result: ObservableQuery.Result<T>, pick: (data: T) => R): LoadState<R> {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', data: pick(result.data as T) };
  return { status: 'loading' };
}

/** What the dashboard shows: an organisation's cards, or (with no organisation) the instance's. */
interface DashboardView {
  readonly organisation: LoadState<DashboardOrganisation>;
  readonly details: LoadState<DashboardDetails>;
  readonly instance: LoadState<InstanceAttention>;
}

const LOADING: DashboardView = { organisation: { status: 'loading' }, details: { status: 'loading' }, instance: { status: 'loading' } };
const FAILED: DashboardView = { organisation: { status: 'error' }, details: { status: 'error' }, instance: { status: 'error' } };

/**
 * The dashboard's data for the signed-in user's organisation (the first of their memberships,
 * or the one they pick), or the instance-wide picture for administrators without one.
 * Provide it on the dashboard page.
 */
@Injectable()
export class DashboardStore {
  private readonly session = inject(SessionStore);
  private readonly organisationGql = inject(DashboardOrganisationGQL);
  private readonly detailsGql = inject(DashboardDetailsGQL);
  private readonly instanceGql = inject(InstanceAttentionGQL);
  private readonly nameGql = inject(OrganisationNameGQL);

  private readonly chosen = signal<string | null>(null);

  /** The organisations the user belongs to, with their role in each. */
  readonly memberships = computed(() => this.session.user()?.memberships ?? []);

  /** The organisation on show; null shows the instance-wide picture. */
  readonly organisationId = computed(() => {
    const memberships = this.memberships();
    const chosen = this.chosen();
    if (chosen && memberships.some((m) => m.organisationId === chosen)) return chosen;
    return memberships[0]?.organisationId ?? null;
  });

  // The request follows the session (and the picker): a new organisation asks afresh.
  private readonly view = new RequestStore<string | null, DashboardView>({
    follow: this.organisationId,
    fetch: (id, fetchPolicy) => (id ? this.organisationView(id, fetchPolicy) : this.instanceView(fetchPolicy)),
    loading: LOADING,
    failed: () => FAILED,
  });

  readonly organisation = computed(() => this.view.state().organisation);
  readonly details = computed(() => this.view.state().details);
  /** Outcomes at risk and recent activity across the instance, when there is no organisation. */
  readonly instance: Signal<LoadState<InstanceAttention>> = computed(() => this.view.state().instance);

  /** Names for the picker, by organisation id (absent until loaded); only asked for when there is a choice. */
  private readonly names = new RequestStore<string, Readonly<Partial<Record<string, string>>>>({
    follow: computed(() => this.memberships().map((m) => m.organisationId).join(',')),
    fetch: (joined) => this.fetchNames(joined ? joined.split(',') : []),
    loading: {},
    failed: () => ({}),
  });
  readonly organisationNames = this.names.state;

  choose(organisationId: string): void {
    this.chosen.set(organisationId);
  }

  retry(): void {
    this.view.retry();
  }

  private organisationView(id: string, fetchPolicy: RequestFetchPolicy): Observable<DashboardView> {
    return this.organisationGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(
      map((result) => fromResult(result, (data) => data.organisation)),
      switchMap((organisation): Observable<DashboardView> => {
        if (organisation.status !== 'ready') return of({ ...LOADING, organisation, details: organisation });
        return this.detailsGql
          .watch({ variables: { organisationId: id, ...dashboardFilters(organisation.data) }, fetchPolicy })
          .valueChanges.pipe(
            map((result): DashboardView => ({ ...LOADING, organisation, details: fromResult(result, (data) => data) })),
            catchError(() => of<DashboardView>({ ...LOADING, organisation, details: { status: 'error' } })),
            startWith<DashboardView>({ ...LOADING, organisation }),
          );
      }),
    );
  }

  private instanceView(fetchPolicy: RequestFetchPolicy): Observable<DashboardView> {
    return this.instanceGql
      .watch({ fetchPolicy })
      .valueChanges.pipe(map((result): DashboardView => ({ ...LOADING, instance: fromResult(result, (data) => data) })));
  }

  private fetchNames(ids: readonly string[]): Observable<Readonly<Partial<Record<string, string>>>> {
    if (ids.length < 2) return of({});
    return combineLatest(
      ids.map((id) =>
        this.nameGql.fetch({ variables: { id } }).pipe(
          map((result) => [id, result.data?.organisation.name ?? 'Your organisation'] as const),
          catchError(() => of([id, 'Your organisation'] as const)),
        ),
      ),
    ).pipe(map((pairs) => Object.fromEntries(pairs)));
  }
}
