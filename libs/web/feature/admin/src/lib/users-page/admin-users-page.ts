import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect, MatSelectChange } from '@angular/material/select';
import { Router } from '@angular/router';
import { ORGANISATION_ROLE_LABELS } from '@cg/shared/domain';
import {
  MEMBER_ROLE_HINTS,
  MEMBER_ROLE_OPTIONS,
  OrganisationAccessStore,
  OrganisationNamesStore,
  OrganisationRole,
  OrganisationSearchStore,
  OrganisationUserRow,
  PendingInvitationRow,
  SessionStore,
  administeredOrganisationIds,
  canAdminister,
} from '@cg/web/data-access';
import {
  ErrorState,
  FormProblem,
  FormProblemNotice,
  LoadingState,
  applyFieldErrors,
  describeError,
  formatUkDate,
  serverError,
} from '@cg/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { AdminNav } from '../admin-nav/admin-nav';
import { adminActionMessage } from '../admin-problem';
import { formatUkDateTime } from '../audit-labels';
import { ConfirmDialog, ConfirmDialogData } from '../confirm-dialog/confirm-dialog';
import { FailedEmails } from '../failed-emails/failed-emails';
import { NotAdmin } from '../not-admin/not-admin';

/** Wide enough for the users table; narrower screens get one card per user. */
const TABLE_WIDTH = '(min-width: 48rem)';

/** What happened after the last change to users or invitations, said once in a live region. */
export interface AdminNotice {
  readonly kind: 'done' | 'problem';
  readonly text: string;
}

/**
 * An organisation's users and pending invitations, for its administrators (and instance
 * admins, who find any organisation by name): change roles, remove users, withdraw and send
 * invitations. The organisation on show is kept in the URL (`?organisation=`).
 */
@Component({
  selector: 'cg-admin-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AdminNav,
    ErrorState,
    FailedEmails,
    FormProblemNotice,
    LoadingState,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    NgTemplateOutlet,
    NotAdmin,
    ReactiveFormsModule,
  ],
  providers: [OrganisationAccessStore, OrganisationSearchStore],
  templateUrl: './admin-users-page.html',
  styleUrl: './admin-users-page.scss',
})
export class AdminUsersPage {
  private readonly session = inject(SessionStore);
  private readonly names = inject(OrganisationNamesStore);
  private readonly store = inject(OrganisationAccessStore);
  private readonly search = inject(OrganisationSearchStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  /** From the query string (?organisation=…), bound by the router. */
  readonly organisation = input<string>();

  protected readonly roleOptions = MEMBER_ROLE_OPTIONS;
  protected readonly roleLabels = ORGANISATION_ROLE_LABELS;
  protected readonly roleHints = MEMBER_ROLE_HINTS;
  protected readonly formatDate = formatUkDate;
  protected readonly formatDateTime = formatUkDateTime;

  protected readonly user = this.session.user;
  protected readonly allowed = computed(() => canAdminister(this.user()));
  protected readonly isInstanceAdmin = computed(() => !!this.user()?.isInstanceAdmin);
  protected readonly administered = computed(() => administeredOrganisationIds(this.user()));

  /** The organisation on show: the one asked for if the user may manage it, else their first. */
  protected readonly organisationId = computed(() => {
    const asked = this.organisation();
    if (asked && (this.isInstanceAdmin() || this.administered().includes(asked))) return asked;
    return this.administered()[0] ?? null;
  });
  /** Names by id: the user's own organisations come with `me`; others are looked up. */
  protected readonly organisationNames = computed<Readonly<Record<string, string>>>(() => ({
    ...this.names.names(),
    ...Object.fromEntries((this.user()?.memberships ?? []).map((m) => [m.organisationId, m.organisationName])),
  }));
  protected readonly organisationName = computed(() => {
    const id = this.organisationId();
    return id ? (this.organisationNames()[id] ?? 'this organisation') : null;
  });

  protected readonly state = this.store.state;
  protected readonly searchResults = this.search.results;

  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(TABLE_WIDTH)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** The user or invitation a change is under way for, so its controls wait. */
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<AdminNotice | null>(null);

  protected readonly inviteForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['' as OrganisationRole | '', Validators.required],
  });
  protected readonly inviting = signal(false);
  protected readonly inviteProblem = signal<FormProblem | null>(null);
  protected readonly inviteSent = signal<string | null>(null);
  protected readonly serverError = serverError;

  constructor() {
    effect(() => {
      const id = this.organisationId();
      if (id && !this.administered().includes(id)) this.names.want([id]);
    });
    effect(() => this.store.load(this.allowed() ? this.organisationId() : null));
  }

  protected retry(): void {
    this.store.retry();
  }

  protected nameOf(organisationId: string): string {
    return this.organisationNames()[organisationId] ?? 'Loading name…';
  }

  protected chooseOrganisation(id: string): void {
    this.notice.set(null);
    this.inviteSent.set(null);
    this.inviteProblem.set(null);
    void this.router.navigate(['/admin'], { queryParams: { organisation: id } });
  }

  protected onOrganisationSearch(event: Event): void {
    this.search.search((event.target as HTMLInputElement).value);
  }

  protected onOrganisationPicked(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as { id: string; name: string };
    this.chooseOrganisation(option.id);
  }

  protected optionName(option: { name: string } | string | null): string {
    return typeof option === 'string' ? option : (option?.name ?? '');
  }

  protected isMe(row: OrganisationUserRow): boolean {
    return row.userId === this.user()?.id;
  }

  protected async changeRole(row: OrganisationUserRow, event: MatSelectChange): Promise<void> {
    const organisationId = this.organisationId();
    const role = event.value as OrganisationRole;
    if (!organisationId || role === row.role) return;
    this.busy.set(row.userId);
    this.notice.set(null);
    const result = await this.store.changeRole(organisationId, row.userId, role);
    this.busy.set(null);
    if (result.ok) {
      this.notice.set({ kind: 'done', text: `${row.name} is now ${article(ORGANISATION_ROLE_LABELS[role])}.` });
      // Stepping down changes what the signed-in person may do.
      if (this.isMe(row)) await this.session.refresh();
    } else {
      event.source.value = row.role;
      this.notice.set({ kind: 'problem', text: `${row.name}’s role was not changed. ${adminActionMessage(result.error)}` });
    }
  }

  protected async remove(row: OrganisationUserRow): Promise<void> {
    const organisationId = this.organisationId();
    if (!organisationId) return;
    const where = this.organisationName() ?? 'this organisation';
    const data: ConfirmDialogData = {
      title: `Remove ${row.name}?`,
      message: this.isMe(row)
        ? `You will lose access to ${where}’s records and its Admin pages at once. Your past changes stay in the audit log.`
        : `${row.name} will be signed out and lose access to ${where}’s records at once. Their past changes stay in the audit log. You can invite them again later.`,
      confirm: 'Remove',
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '28rem', maxWidth: '95vw' }).afterClosed());
    if (!confirmed) return;
    this.busy.set(row.userId);
    this.notice.set(null);
    const result = await this.store.removeMember(organisationId, row.userId);
    this.busy.set(null);
    if (result.ok) {
      this.notice.set({ kind: 'done', text: `${row.name} has been removed from ${where}.` });
      if (this.isMe(row)) await this.session.refresh();
    } else {
      this.notice.set({ kind: 'problem', text: `${row.name} was not removed. ${adminActionMessage(result.error)}` });
    }
  }

  protected async withdraw(invitation: PendingInvitationRow): Promise<void> {
    const organisationId = this.organisationId();
    if (!organisationId) return;
    this.busy.set(invitation.id);
    this.notice.set(null);
    const result = await this.store.withdrawInvitation(organisationId, invitation.id);
    this.busy.set(null);
    this.notice.set(
      result.ok
        ? { kind: 'done', text: `The invitation to ${invitation.email} has been withdrawn; its link no longer works.` }
        : { kind: 'problem', text: `The invitation was not withdrawn. ${adminActionMessage(result.error)}` },
    );
  }

  protected async invite(formDirective: FormGroupDirective): Promise<void> {
    const organisationId = this.organisationId();
    this.inviteSent.set(null);
    this.inviteProblem.set(null);
    const { email, role } = this.inviteForm.getRawValue();
    const state = this.state();
    const existing =
      state.status === 'ready' && state.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
    if (existing) {
      this.inviteForm.controls.email.setErrors({ server: `${existing.name} already uses this address here. Change their role in the list above instead.` });
      this.inviteForm.controls.email.markAsTouched();
    }
    if (this.inviteForm.invalid || !organisationId || !role) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    this.inviting.set(true);
    const result = await this.store.invite(organisationId, email, role);
    this.inviting.set(false);
    if (result.ok) {
      this.inviteSent.set(
        `We have emailed an invitation to ${result.value.email} to join ${this.organisationName() ?? 'the organisation'} as ${article(ORGANISATION_ROLE_LABELS[result.value.role])}. The link in it works until ${formatUkDateTime(result.value.expiresAt)}.`,
      );
      formDirective.resetForm({ email: '', role: '' });
    } else {
      const problem = describeError(result.error);
      applyFieldErrors(this.inviteForm, problem);
      this.inviteProblem.set(problem);
    }
  }
}

/** "an Administrator", "a Coordinator". */
function article(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
}
