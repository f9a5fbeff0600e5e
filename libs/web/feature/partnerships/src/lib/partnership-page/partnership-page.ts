import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { GOVERNANCE_DESCRIPTIONS, GOVERNANCE_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_LABELS, PARTNER_ROLE_LABELS, PARTNERSHIP_STATUS_LABELS, PROJECT_STATUS_LABELS, SECTOR_LABELS, inSentence } from '@cg/shared/domain';
import {
  OrganisationRole,
  PartnerRole,
  PartnershipDetail,
  PartnershipMember,
  PartnershipPageStore,
  SessionUser,
  PartnershipEditor,
  PartnershipFields,
  SessionStore,
  administeredOrganisationIdSet,
  mayChangeActivities,
  whyCannotCreate,
} from '@cg/web/data-access';
import { RecordPageState, formatCount, formatPounds, formatUkDate } from '@cg/web/ui';
import { ActivityTimeline, FundingSection, RecordScopeList } from '@cg/web/sections';
import { DIMENSION_HEADINGS, formatIndex } from '../labels';
import { MemberForm } from '../member-form/member-form';
import { PartnershipGrowth } from '../growth-over-time/growth-over-time';
import { PartnershipForm } from '../partnership-form/partnership-form';
import { plainErrorMessage } from '@cg/web/ui';
import { PartnershipGaps } from '@cg/web/suggestions';
import { SurveyRoundsSection } from '../survey-rounds/survey-rounds-section';

const LEAD_ROLES: ReadonlySet<PartnerRole> = new Set([PartnerRole.LEAD, PartnerRole.CO_LEAD]);

/**
 * Whether this person may add and change members: an instance admin, or someone (not a viewer)
 * at an organisation that currently leads or co-leads the partnership. The API has the last word.
 */
export function canManageMembers(
  user: SessionUser | null | undefined,
  partnership: Pick<PartnershipDetail, 'members'> & { ownerOrganisationId?: string | null },
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const editorOrgs = new Set(
    user.memberships.filter((m) => m.role !== OrganisationRole.VIEWER).map((m) => m.organisationId),
  );
  if (partnership.ownerOrganisationId && editorOrgs.has(partnership.ownerOrganisationId)) return true;
  return partnership.members.some((m) => !m.toDate && LEAD_ROLES.has(m.role) && editorOrgs.has(m.organisation.id));
}

/**
 * Whether the user may change or archive the partnership itself: an instance admin, or an
 * administrator of the organisation that owns the record or of a lead or co-lead. The API has the last word.
 */
export function canEditPartnership(
  user: SessionUser | null | undefined,
  partnership: Pick<PartnershipDetail, 'members' | 'ownerOrganisationId'>,
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const admin = administeredOrganisationIdSet(user);
  if (partnership.ownerOrganisationId && admin.has(partnership.ownerOrganisationId)) return true;
  return partnership.members.some((m) => LEAD_ROLES.has(m.role) && admin.has(m.organisation.id));
}

/** Members now first (leads first, then by name), those who have left after. */
export function sortMembers(members: readonly PartnershipMember[]): PartnershipMember[] {
  const order = Object.keys(PARTNER_ROLE_LABELS);
  return [...members].sort(
    (a, b) =>
      Number(!!a.toDate) - Number(!!b.toDate) ||
      order.indexOf(a.role) - order.indexOf(b.role) ||
      a.organisation.name.localeCompare(b.organisation.name, 'en-GB'),
  );
}

/**
 * What the measures of a closed partnership describe: the API measures it on the day it
 * closed, with the members it had then. Null while the partnership runs.
 */
export function closedMeasuresNote(partnership: { status: string; endDate?: unknown }): string | null {
  if (partnership.status !== 'CLOSED') return null;
  const on = partnership.endDate ? ` on ${formatUkDate(partnership.endDate)}` : '';
  return `This partnership has closed${on}. The measures show it as it stood when it closed, with the members it had then.`;
}

/** One partnership: purpose, governance, members, measures, projects, outcomes and activity. */
@Component({
  selector: 'cg-partnership-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ActivityTimeline,
    FundingSection,
    RecordScopeList,
    MatButton,
    MemberForm,
    PartnershipForm,
    RecordPageState,
    PartnershipGaps,
    PartnershipGrowth,
    RouterLink,
    SurveyRoundsSection,
  ],
  providers: [PartnershipPageStore],
  templateUrl: './partnership-page.html',
  styleUrl: './partnership-page.scss',
})
export class PartnershipPage {
  private readonly store = inject(PartnershipPageStore);
  private readonly session = inject(SessionStore);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly partnership = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.partnership : null;
  });
  protected readonly members = computed(() => sortMembers(this.partnership()?.members ?? []));
  protected readonly memberIds = computed(() => this.members().map((m) => m.organisation.id));
  protected readonly canManage = computed(() => {
    const partnership = this.partnership();
    return !!partnership && canManageMembers(this.session.user(), partnership);
  });
  protected readonly canEdit = computed(() => {
    const partnership = this.partnership();
    return !!partnership && canEditPartnership(this.session.user(), partnership);
  });
  /** Coordinators and administrators of members may change the partnership's own log (the API's rule). */
  protected readonly mayChangeLog = computed(() => {
    const partnership = this.partnership();
    return !!partnership && mayChangeActivities(this.session.user(), [partnership.ownerOrganisationId, ...this.memberIds()]);
  });
  protected readonly memberOptions = computed(() => this.members().map((m) => ({ id: m.organisation.id, label: m.organisation.name })));
  protected readonly cannotStartProject = computed(() => whyCannotCreate(this.session.user()));
  protected readonly recipient = computed(() => ({ kind: 'partnership' as const, id: this.id() }));
  /** Whether the details form is open. */
  protected readonly editingDetails = signal(false);
  protected readonly detailsSaved = signal('');
  /** Whether the "Archive?" question is showing, and what went wrong when archiving. */
  protected readonly confirmingArchive = signal(false);
  protected readonly archiveError = signal('');
  protected readonly archiving = signal(false);
  private readonly editor = inject(PartnershipEditor);
  private readonly router = inject(Router);

  protected readonly dimensions = computed(() =>
    DIMENSION_HEADINGS.map(([dimension, heading, question]) => ({
      dimension,
      heading,
      question,
      indices: (this.partnership()?.collaboration ?? []).filter((i) => i.dimension === dimension),
    })).filter((group) => group.indices.length > 0),
  );

  /** 'new' while adding, a membership id while changing it, null otherwise. */
  protected readonly editing = signal<string | null>(null);
  protected readonly editingMember = computed(() => this.members().find((m) => m.id === this.editing()) ?? null);
  /** Said once after a save, in a polite live region. */
  protected readonly announcement = signal('');

  protected readonly statusLabels = PARTNERSHIP_STATUS_LABELS;
  protected readonly governanceLabels = GOVERNANCE_LABELS;
  protected readonly governanceDescriptions = GOVERNANCE_DESCRIPTIONS;
  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly projectStatusLabels = PROJECT_STATUS_LABELS;
  protected readonly outcomeStatusLabels = OUTCOME_STATUS_LABELS;
  protected readonly definerLabels = inSentence(OUTCOME_DEFINER_LABELS);
  protected readonly pounds = formatPounds;
  protected readonly index = formatIndex;
  protected readonly date = formatUkDate;
  protected readonly closedNote = closedMeasuresNote;
  protected readonly count = formatCount;

  constructor() {
    effect(() => this.store.load(this.id()));
    const title = inject(Title);
    effect(() => {
      const partnership = this.partnership();
      if (!partnership) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([partnership.name, ...rest].join(' – '));
    });
  }

  protected startAdding(): void {
    this.announcement.set('');
    this.editing.set('new');
  }

  protected startEditing(member: PartnershipMember): void {
    this.announcement.set('');
    this.editing.set(member.id);
  }

  protected onSaved(member: PartnershipMember, added: boolean): void {
    this.editing.set(null);
    this.announcement.set(
      added ? `${member.organisation.name} added as ${this.roleLabels[member.role].toLowerCase()}.` : `${member.organisation.name}’s membership saved.`,
    );
  }

  protected retry(): void {
    this.store.retry();
  }

  protected onDetailsSaved(saved: PartnershipFields): void {
    this.editingDetails.set(false);
    this.detailsSaved.set(`${saved.name}: changes saved.`);
    this.store.retry();
  }

  protected async archive(): Promise<void> {
    const partnership = this.partnership();
    if (!partnership) return;
    this.archiving.set(true);
    this.archiveError.set('');
    const result = await this.editor.archive(partnership.id, partnership.version);
    this.archiving.set(false);
    if (result.ok) {
      await this.router.navigate(['/partnerships'], { state: { archived: partnership.name } });
      return;
    }
    this.archiveError.set(plainErrorMessage(result.error));
  }
}
