import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ACTIVITY_KIND_OPTIONS, FUNDING_STATUS_LABELS, FUNDING_TYPE_LABELS, OUTCOME_DEFINER_LABELS, OUTCOME_STATUS_LABELS, PARTNER_ROLE_LABELS, PROJECT_STATUS_LABELS, SECTOR_LABELS, inSentence } from '@cg/shared/domain';
import {
  ActivityEntry,
  ActivityKind,
  ActivityLogStore,
  OrganisationRole,
  ProjectDetail,
  ProjectPageStore,
  ProjectEditor,
  ProjectFields,
  ProjectParticipant,
  SessionStore,
  SessionUser,
  administeredOrganisationIdSet,
  mayChangeActivities,
} from '@cg/web/data-access';
import { ActivityTimeline, FundingSection, RecordScopeList } from '@cg/web/sections';
import {
  ErrorState,
  LoadingState,
  PickerOption,
  RecordPageState,
  formatCount,
  formatPounds,
  formatUkDate,
  fromIsoDate,
  isoOrNull,
  plainErrorMessage,
  provideUkDates,
} from '@cg/web/ui';
import { QuickActivityForm } from '../quick-activity-form/quick-activity-form';
import { ParticipantForm } from '../participant-form/participant-form';
import { ProjectForm } from '../project-form/project-form';

/**
 * The organisation this person logs activities for on this project: their own (not as a
 * viewer) when it takes part. Instance admins may log without one. undefined: may not log.
 */
export function loggingOrganisation(
  user: SessionUser | null | undefined,
  project: Pick<ProjectDetail, 'participants'>,
): string | null | undefined {
  if (!user) return undefined;
  const taking = new Set(project.participants.map((p) => p.organisation.id));
  const own = user.memberships.find((m) => m.role !== OrganisationRole.VIEWER && taking.has(m.organisationId));
  if (own) return own.organisationId;
  return user.isInstanceAdmin ? null : undefined;
}

/**
 * Whether the user may change the project and who takes part: an instance admin, or an
 * administrator of the organisation that owns it or of a lead or co-lead. The API has the last word.
 */
export function canLeadProject(
  user: SessionUser | null | undefined,
  project: Pick<ProjectDetail, 'participants' | 'ownerOrganisationId'>,
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const admin = administeredOrganisationIdSet(user);
  if (project.ownerOrganisationId && admin.has(project.ownerOrganisationId)) return true;
  return project.participants.some((p) => (p.role === 'LEAD' || p.role === 'CO_LEAD') && admin.has(p.organisation.id));
}

/** One joint project: participants, funding, outcomes and its activity log with quick entry. */
@Component({
  selector: 'cg-project-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ActivityTimeline,
    ErrorState,
    FormsModule,
    LoadingState,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    QuickActivityForm,
    ParticipantForm,
    FundingSection,
    RecordScopeList,
    ProjectForm,
    RecordPageState,
    RouterLink,
  ],
  providers: [ProjectPageStore, ActivityLogStore, provideUkDates()],
  templateUrl: './project-page.html',
  styleUrl: './project-page.scss',
})
export class ProjectPage {
  private readonly store = inject(ProjectPageStore);
  private readonly session = inject(SessionStore);
  protected readonly log = inject(ActivityLogStore);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly project = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.project : null;
  });
  protected readonly funding = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.funding : null;
  });
  protected readonly fundingTotal = computed(() => (this.funding()?.nodes ?? []).reduce((sum, f) => sum + f.amount, 0));
  protected readonly contributionTotal = computed(() =>
    (this.project()?.participants ?? []).reduce((sum, p) => sum + p.cashContribution + p.inKindContribution, 0),
  );
  protected readonly ownerOrganisation = computed(() => {
    const project = this.project();
    return project ? loggingOrganisation(this.session.user(), project) : undefined;
  });
  protected readonly canLog = computed(() => this.ownerOrganisation() !== undefined);
  /** Coordinators and administrators of the organisations taking part may change the log (the API's rule). */
  protected readonly mayChangeLog = computed(() => {
    const project = this.project();
    return !!project && mayChangeActivities(this.session.user(), [project.ownerOrganisationId, ...project.participants.map((p) => p.organisation.id)]);
  });
  protected readonly participantOptions = computed<PickerOption[]>(() =>
    (this.project()?.participants ?? []).map((p) => ({
      id: p.organisation.id,
      label: p.organisation.name,
      detail: PARTNER_ROLE_LABELS[p.role],
    })),
  );

  private readonly editor = inject(ProjectEditor);
  protected readonly recipient = computed(() => ({ kind: 'project' as const, id: this.id() }));
  protected readonly canLead = computed(() => {
    const project = this.project();
    return !!project && canLeadProject(this.session.user(), project);
  });
  protected readonly participantIds = computed(() => (this.project()?.participants ?? []).map((p) => p.organisation.id));
  protected readonly editingParticipant = signal<string | null>(null);
  protected readonly confirmingRemove = signal<string | null>(null);
  protected readonly participantSaved = signal('');
  protected readonly editingDetails = signal(false);
  protected readonly detailsSaved = signal('');

  protected readonly kindOptions = ACTIVITY_KIND_OPTIONS;
  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly outcomeStatusLabels = OUTCOME_STATUS_LABELS;
  protected readonly definerLabels = inSentence(OUTCOME_DEFINER_LABELS);
  protected readonly fundingTypeLabels = FUNDING_TYPE_LABELS;
  protected readonly fundingStatusLabels = FUNDING_STATUS_LABELS;
  protected readonly pounds = formatPounds;
  protected readonly date = formatUkDate;
  protected readonly count = formatCount;

  /** The log's filter fields; applied as they change. */
  protected readonly filterKind = signal<ActivityKind | ''>('');
  protected readonly filterFrom = signal<Date | null>(null);
  protected readonly filterTo = signal<Date | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => {
      const id = this.id();
      untracked(() => this.log.load(id));
    });
    const title = inject(Title);
    effect(() => {
      const project = this.project();
      if (!project) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([project.name, ...rest].join(' – '));
    });
  }

  protected applyFilters(): void {
    const from = this.filterFrom();
    const to = this.filterTo();
    this.log.setFilters({
      kind: this.filterKind() || null,
      from: isoOrNull(from),
      to: isoOrNull(to),
    });
  }

  protected clearFilters(): void {
    this.filterKind.set('');
    this.filterFrom.set(null);
    this.filterTo.set(null);
    this.applyFilters();
  }

  protected onLogged(entry: ActivityEntry): void {
    const shown = this.log.state().entries.some((e) => e.id === entry.id);
    this.announcement.set(
      shown
        ? `Logged “${entry.title}” on ${formatUkDate(entry.date)}. It is now in the timeline.`
        : `Logged “${entry.title}”. The filters hide it: clear them to see it.`,
    );
  }

  protected retry(): void {
    this.store.retry();
  }

  protected readonly fromIsoDate = fromIsoDate;

  protected startParticipant(id: string): void {
    this.participantSaved.set('');
    this.editingParticipant.set(id);
  }

  protected onParticipantSaved(participant: ProjectParticipant, added: boolean): void {
    this.editingParticipant.set(null);
    this.participantSaved.set(
      added ? `${participant.organisation.name} added as ${this.roleLabels[participant.role].toLowerCase()}.` : `${participant.organisation.name}: changes saved.`,
    );
  }

  protected async removeParticipant(id: string, version: number, name: string): Promise<void> {
    const result = await this.editor.removeParticipant(this.id(), id, version);
    this.confirmingRemove.set(null);
    this.participantSaved.set(result.ok ? `${name} removed from the project.` : plainErrorMessage(result.error));
  }

  protected onDetailsSaved(saved: ProjectFields): void {
    this.editingDetails.set(false);
    this.detailsSaved.set(`${saved.name}: changes saved.`);
    this.store.retry();
  }
}
