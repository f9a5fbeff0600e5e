import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { PartnerSuggestions } from '@cg/web/suggestions';
import { ACTIVITY_KIND_LABELS, FUNDING_STATUS_LABELS, ORGANISATION_ROLE_LABELS, OUTCOME_STATUS_LABELS, PARTNERSHIP_STATUS_LABELS, PARTNER_ROLE_LABELS, PROJECT_STATUS_LABELS } from '@cg/shared/domain';
import {
  DashboardActivity,
  DashboardOutcome,
  DashboardStore,
  SessionStore,
  toFundingLines,
  toPartners,
} from '@cg/web/data-access';
import { ErrorState, LoadingState, StatCard, formatCount, formatPounds, formatUkDate } from '@cg/web/ui';
import { InstanceOverview } from '../instance-overview/instance-overview';
import { TIE_KIND_WORDS } from '../labels';
import { SurveyTasks } from '../survey-tasks/survey-tasks';

/** How many partners the dashboard lists before pointing to the profile. */
export const PARTNERS_SHOWN = 8;

/** The owner of an outcome or the home of an activity, with the route to its page. */
export function ownerLink(
  item: Pick<DashboardOutcome, 'ownerPartnership' | 'ownerProject'>,
): { name: string; link: string[]; kind: 'partnership' | 'project' } | null {
  if (item.ownerProject) return { name: item.ownerProject.name, link: ['/projects', item.ownerProject.id], kind: 'project' };
  if (item.ownerPartnership)
    return { name: item.ownerPartnership.name, link: ['/partnerships', item.ownerPartnership.id], kind: 'partnership' };
  return null;
}

export function activityLink(activity: DashboardActivity): { name: string; link: string[] } | null {
  if (activity.project) return { name: activity.project.name, link: ['/projects', activity.project.id] };
  if (activity.partnership) return { name: activity.partnership.name, link: ['/partnerships', activity.partnership.id] };
  return null;
}

/**
 * The dashboard (docs/domain.md#screens): for the signed-in user's organisation, its partners and partnerships,
 * recent activity across its projects, outcomes at risk and funding; every card links through.
 * Instance administrators without an organisation see the instance-wide picture.
 */
@Component({
  selector: 'cg-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ErrorState,
    InstanceOverview,
    LoadingState,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    NgTemplateOutlet,
    PartnerSuggestions,
    RouterLink,
    StatCard,
    SurveyTasks,
  ],
  providers: [DashboardStore],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly store = inject(DashboardStore);
  private readonly session = inject(SessionStore);

  protected readonly userName = computed(() => this.session.user()?.name ?? '');
  protected readonly memberships = this.store.memberships;
  protected readonly organisationId = this.store.organisationId;
  protected readonly organisationNames = this.store.organisationNames;
  protected readonly organisationState = this.store.organisation;
  protected readonly detailsState = this.store.details;
  protected readonly instanceState = this.store.instance;

  protected readonly organisation = computed(() => {
    const state = this.organisationState();
    return state.status === 'ready' ? state.data : null;
  });
  protected readonly details = computed(() => {
    const state = this.detailsState();
    return state.status === 'ready' ? state.data : null;
  });
  protected readonly instance = computed(() => {
    const state = this.instanceState();
    return state.status === 'ready' ? state.data : null;
  });

  protected readonly role = computed(() => {
    const membership = this.memberships().find((m) => m.organisationId === this.organisationId());
    return membership ? ORGANISATION_ROLE_LABELS[membership.role].toLowerCase() : '';
  });

  protected readonly partnerships = computed(() =>
    (this.organisation()?.memberships ?? []).filter((m) => !m.toDate),
  );
  protected readonly projects = computed(() => this.organisation()?.projects ?? []);
  protected readonly partners = computed(() => toPartners(this.organisation()?.ties ?? []));
  protected readonly shownPartners = computed(() => this.partners().slice(0, PARTNERS_SHOWN));
  protected readonly fundingLines = computed(() => {
    const organisation = this.organisation();
    const details = this.details();
    return organisation && details ? toFundingLines(details.fundings.nodes, organisation.id) : [];
  });
  protected readonly fundedPartnerships = computed(() => this.details()?.fundedPartnerships.nodes ?? []);
  protected readonly fundedTotal = computed(() => this.fundedPartnerships().reduce((sum, p) => sum + p.fundingTotal, 0));

  /** The outcomes tracker filtered to this organisation's outcomes. */
  protected readonly mineQuery = { owner: 'mine' };

  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly partnershipStatusLabels = PARTNERSHIP_STATUS_LABELS;
  protected readonly projectStatusLabels = PROJECT_STATUS_LABELS;
  protected readonly activityKindLabels = ACTIVITY_KIND_LABELS;
  protected readonly fundingStatusLabels = FUNDING_STATUS_LABELS;
  protected readonly outcomeStatusLabels = OUTCOME_STATUS_LABELS;
  protected readonly tieWords = TIE_KIND_WORDS;
  protected readonly pounds = formatPounds;
  protected readonly date = formatUkDate;
  protected readonly count = formatCount;
  protected readonly ownerLink = ownerLink;
  /** The lists drawn by the template's ng-templates, whose context is untyped. */
  protected readonly asOutcomes = (outcomes: unknown) => outcomes as readonly DashboardOutcome[];
  protected readonly asActivities = (activities: unknown) => activities as readonly DashboardActivity[];
  protected readonly activityLink = activityLink;

  protected choose(organisationId: string): void {
    this.store.choose(organisationId);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected plural(count: number, one: string, many: string): string {
    return `${formatCount(count)} ${count === 1 ? one : many}`;
  }
}
