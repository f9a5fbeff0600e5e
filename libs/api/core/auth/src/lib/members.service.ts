import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, badInput, DomainError, OrganisationRole } from '@cg/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from './auth.service';
import { SessionUser } from './current-user';
import { auditAccess } from './membership-audit';
import { OrganisationUser, PendingInvitation } from './members.types';

/** Who may use an organisation's account, managed by its admins. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  assertAdmin(user: SessionUser | undefined, organisationId: string): void {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const isAdmin = user.memberships.some((m) => m.organisationId === organisationId && m.role === OrganisationRole.ORG_ADMIN);
    if (!isAdmin && !user.isInstanceAdmin) {
      throw new DomainError('FORBIDDEN', 'Only an administrator of this organisation can manage its users.');
    }
  }

  members(organisationId: string): Promise<OrganisationUser[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.name, u.email, m.role, m.created_at AS since
       FROM organisation_member m JOIN user_account u ON u.id = m.user_id
       WHERE m.organisation_id = $1 ORDER BY u.name`,
      [organisationId],
    );
  }

  pendingInvitations(organisationId: string): Promise<PendingInvitation[]> {
    return this.dataSource.query(
      `SELECT i.id, i.email, i.role, u.name AS "invitedBy", i.expires_at AS "expiresAt"
       FROM invitation i LEFT JOIN user_account u ON u.id = i.invited_by
       WHERE i.organisation_id = $1 AND i.accepted_at IS NULL AND i.expires_at > now() ORDER BY i.created_at DESC`,
      [organisationId],
    );
  }

  /** Changes a role; an organisation is never left without an admin. */
  changeRole(organisationId: string, userId: string, role: OrganisationRole, actorId: string | null): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const [member] = await m.query(
        `SELECT role FROM organisation_member WHERE organisation_id = $1 AND user_id = $2 FOR UPDATE`,
        [organisationId, userId],
      );
      if (!member) throw badInput('userId', 'That person is not a user of this organisation.');
      if (member.role === OrganisationRole.ORG_ADMIN && role !== OrganisationRole.ORG_ADMIN) await this.assertAnotherAdmin(m, organisationId, userId);
      await m.query(`UPDATE organisation_member SET role = $3 WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId, role]);
      if (member.role !== role) {
        const changes = { role: { before: member.role, after: role } };
        await auditAccess(m, { actorId, organisationId, recordType: 'organisation_member', recordId: userId, action: AuditAction.UPDATE, changes });
      }
    });
  }

  /** Removes someone from the organisation and ends their sessions, so the change takes effect at once. */
  async remove(organisationId: string, userId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [member] = await m.query(
        `SELECT role FROM organisation_member WHERE organisation_id = $1 AND user_id = $2 FOR UPDATE`,
        [organisationId, userId],
      );
      if (!member) throw badInput('userId', 'That person is not a user of this organisation.');
      if (member.role === OrganisationRole.ORG_ADMIN) await this.assertAnotherAdmin(m, organisationId, userId);
      await m.query(`DELETE FROM organisation_member WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
      const changes = { role: { before: member.role, after: null } };
      await auditAccess(m, { actorId, organisationId, recordType: 'organisation_member', recordId: userId, action: AuditAction.ARCHIVE, changes });
    });
    await this.auth.signOutEverywhere(userId);
  }

  withdrawInvitation(organisationId: string, invitationId: string, actorId: string | null): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const [rows]: [{ email: string; role: OrganisationRole }[], number] = await m.query(
        `UPDATE invitation SET expires_at = now() WHERE id = $1 AND organisation_id = $2 AND accepted_at IS NULL AND expires_at > now()
         RETURNING email, role`,
        [invitationId, organisationId],
      );
      if (rows.length === 0) throw badInput('invitationId', 'That invitation is not pending for this organisation.');
      const changes = { email: { before: rows[0].email, after: null }, role: { before: rows[0].role, after: null } };
      await auditAccess(m, { actorId, organisationId, recordType: 'invitation', recordId: invitationId, action: AuditAction.ARCHIVE, changes });
    });
  }

  private async assertAnotherAdmin(m: EntityManager, organisationId: string, userId: string): Promise<void> {
    const [{ n }] = await m.query(
      `SELECT count(*)::int AS n FROM organisation_member WHERE organisation_id = $1 AND role = 'ORG_ADMIN' AND user_id <> $2`,
      [organisationId, userId],
    );
    if (n === 0) throw badInput('userId', 'An organisation needs at least one administrator: make someone else an administrator first.');
  }
}
