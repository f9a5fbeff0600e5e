import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { InvitationEntity, PasswordResetEntity, runAsSystem, UserAccountEntity } from '@cg/api/core/database';
import { AuditAction, badInput, DomainError, OrganisationRole } from '@cg/shared/domain';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuthService } from './auth.service';
import { SessionUser } from './current-user';
import { invitationEmail, passwordResetEmail } from './emails/account-emails';
import { Mailer } from './mailer';
import { auditAccess } from './membership-audit';
import { hashPassword, verifyPassword } from './password';
import { TokenHasher } from './session-token';

const RESET_LIFETIME_MS = 60 * 60 * 1000;
const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Password resets and invitations: single-use links, sent by email, stored only as hashes. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly tokens: TokenHasher,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
  ) {}

  /** Sends a reset link when the account exists; says nothing either way, so emails cannot be probed. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserAccountEntity).findOneBy({ email: email.trim() });
    if (!user || user.disabledAt) return;
    const { token, tokenHash } = this.tokens.newToken();
    await this.dataSource.getRepository(PasswordResetEntity).insert({ userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_LIFETIME_MS) });
    // The system writing to the account holder about their own memberships: the caller is signed out.
    const organisations: { name: string }[] = await runAsSystem(() => this.dataSource.query(
      `SELECT o.name FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY o.name LIMIT 3`,
      [user.id],
    ));
    const organisationNames = organisations.map((o) => o.name);
    await this.mailer.send(passwordResetEmail({ to: user.email, organisationNames, publicUrl: this.config.publicUrl, token }));
  }

  /** Sets a new password with a reset token, once, and signs the account out everywhere. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const userId = await this.dataSource.transaction(async (m) => {
      const reset = await m.getRepository(PasswordResetEntity).findOne({
        where: { tokenHash: this.tokens.hash(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset) throw badInput('token', 'This reset link has expired or has already been used. Ask for a new one.');
      await m.getRepository(PasswordResetEntity).update(reset.id, { usedAt: new Date() });
      await m.getRepository(UserAccountEntity).update(reset.userId, { passwordHash: await hashPassword(newPassword) });
      return reset.userId;
    });
    await this.auth.signOutEverywhere(userId);
  }

  /** Org admins (and instance admins) invite people into their organisation with a role. */
  async invite(inviter: SessionUser, organisationId: string, email: string, role: OrganisationRole): Promise<InvitationEntity> {
    const isOrgAdmin = inviter.memberships.some((m) => m.organisationId === organisationId && m.role === OrganisationRole.ORG_ADMIN);
    if (!isOrgAdmin && !inviter.isInstanceAdmin) {
      throw new DomainError('FORBIDDEN', 'Only an administrator of this organisation can invite people to it.');
    }
    const address = email.trim();
    const { token, tokenHash } = this.tokens.newToken();
    const invitation = await this.dataSource.transaction(async (m) => {
      const [member] = await m.query(
        `SELECT 1 FROM organisation_member om JOIN user_account u ON u.id = om.user_id
          WHERE om.organisation_id = $1 AND lower(u.email) = lower($2)`,
        [organisationId, address],
      );
      if (member) {
        throw badInput('email', `${address} is already a user of this organisation: change their role in Users and invitations instead.`);
      }
      // Inviting again sends a fresh link; the earlier one stops working, so only one is ever live.
      await m.query(
        `UPDATE invitation SET expires_at = now()
          WHERE organisation_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND expires_at > now()`,
        [organisationId, address],
      );
      const saved = await m.getRepository(InvitationEntity).save({
        tokenHash,
        email: address,
        organisationId,
        role,
        invitedBy: inviter.id,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      });
      const changes = { email: { before: null, after: address }, role: { before: null, after: role } };
      await auditAccess(m, { actorId: inviter.id, organisationId, recordType: 'invitation', recordId: saved.id, action: AuditAction.CREATE, changes });
      return saved;
    });
    const [organisation] = await this.dataSource.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    await this.mailer.send(
      invitationEmail({
        to: invitation.email,
        inviterName: inviter.name,
        organisationName: organisation?.name ?? 'an organisation',
        role,
        publicUrl: this.config.publicUrl,
        token,
      }),
    );
    return invitation;
  }

  /**
   * Accepts an invitation: adds the membership, creating the account when the email
   * has none (name and password then required). Returns a new session token.
   */
  async acceptInvitation(token: string, name: string | undefined, password: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const invitation = await m.getRepository(InvitationEntity).findOne({
        where: { tokenHash: this.tokens.hash(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw badInput('token', 'This invitation has expired or has already been accepted. Ask for a new one.');
      let user = await m.getRepository(UserAccountEntity).findOneBy({ email: invitation.email });
      if (user && !(await verifyPassword(user.passwordHash, password))) {
        // An existing account joins only with its own password.
        throw new DomainError('UNAUTHENTICATED', 'You already have an account: enter its password to accept.');
      }
      if (!user) {
        if (!name) throw badInput('name', 'Your name is required to create your account.');
        user = await m.getRepository(UserAccountEntity).save({ email: invitation.email, name, passwordHash: await hashPassword(password) });
      }
      const [previous] = await m.query(
        `SELECT role FROM organisation_member WHERE user_id = $1 AND organisation_id = $2 FOR UPDATE`,
        [user.id, invitation.organisationId],
      );
      await m.query(
        `INSERT INTO organisation_member (user_id, organisation_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = EXCLUDED.role`,
        [user.id, invitation.organisationId, invitation.role],
      );
      await auditAccess(m, {
        actorId: user.id,
        organisationId: invitation.organisationId,
        recordType: 'organisation_member',
        recordId: user.id,
        action: previous ? AuditAction.UPDATE : AuditAction.CREATE,
        changes: { role: { before: previous?.role ?? null, after: invitation.role } },
      });
      await m.getRepository(InvitationEntity).update(invitation.id, { acceptedAt: new Date() });
      return user.email;
    }).then(async (email) => (await this.auth.signIn(email, password, 'invitation')).token);
  }
}
