import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationMemberEntity, runAsBoundedSystem, UserAccountEntity, UserSessionEntity } from '@cg/api/core/database';
import { DataSource, IsNull } from 'typeorm';
import { SessionUser } from './current-user';
import { scopeColumns } from './access-scope.service';
import { hashPassword, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { SESSION_LIFETIME_MS, TokenHasher } from './session-token';
import { DomainError } from '@cg/shared/domain';

export interface NewSession {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  /** Sessions and scopes across requests, dropped on any change to what they were read from. */
  private readonly sessions = new SessionCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenHasher,
  ) {}

  /** Checks the password and opens a session. The same message for a wrong email or password. */
  async signIn(email: string, password: string, userAgent: string | undefined): Promise<NewSession> {
    const user = await this.dataSource.getRepository(UserAccountEntity).findOneBy({ email: email.trim() });
    const matches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !matches || user.disabledAt) {
      throw new DomainError('UNAUTHENTICATED', 'That email and password do not match an account.');
    }
    const { token, tokenHash } = this.tokens.newToken();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.dataSource.getRepository(UserSessionEntity).insert({ tokenHash, userId: user.id, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  /** The user behind a session token, or null when it is unknown, expired, revoked or the account is disabled. */
  async userForToken(token: string): Promise<SessionUser | null> {
    const tokenHash = this.tokens.hash(token);
    return this.sessions.read(tokenHash, () => this.lookUp(tokenHash));
  }

  private async lookUp(tokenHash: string): Promise<(SessionUser & { expiresAt: Date }) | null> {
    // Authentication is the system's own work: it runs before (or, in signIn, outside) any user's
    // scope, but under a request's statement timeout. The user's partners and portfolio come in
    // the same statement (one round trip).
    const rows: ({ session_id: string; expires_at: Date; id: string; email: string; name: string; is_instance_admin: boolean; memberships: SessionUser['memberships'] } & NonNullable<SessionUser['relations']>)[] =
      await runAsBoundedSystem(() => this.dataSource.query(
        `SELECT s.id AS session_id, s.expires_at, u.id, u.email, u.name, u.is_instance_admin,
                coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'organisationName', o.name, 'role', m.role) ORDER BY o.name)
                         FILTER (WHERE m.organisation_id IS NOT NULL), '[]') AS memberships,
                ${scopeColumns('ARRAY(SELECT om.organisation_id FROM organisation_member om WHERE om.user_id = u.id)')}
         FROM user_session s
         JOIN user_account u ON u.id = s.user_id AND u.disabled_at IS NULL
         LEFT JOIN organisation_member m ON m.user_id = u.id
         LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         GROUP BY s.id, u.id`,
        [tokenHash],
      ));
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      isInstanceAdmin: row.is_instance_admin,
      sessionId: row.session_id,
      memberships: row.memberships,
      relations: { partners: row.partners, portfolio: row.portfolio },
      expiresAt: new Date(row.expires_at),
    };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(UserSessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes every session of the user: for a lost laptop or a changed password. */
  async signOutEverywhere(userId: string): Promise<number> {
    const result = await this.dataSource.getRepository(UserSessionEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /** Creates an account (for invitations, demo users and tests). */
  async createUser(input: { email: string; name: string; password: string; isInstanceAdmin?: boolean }): Promise<UserAccountEntity> {
    return this.dataSource.getRepository(UserAccountEntity).save({
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      isInstanceAdmin: input.isInstanceAdmin ?? false,
    });
  }

  async addMembership(userId: string, organisationId: string, role: OrganisationMemberEntity['role']): Promise<void> {
    await this.dataSource.getRepository(OrganisationMemberEntity).upsert({ userId, organisationId, role }, ['userId', 'organisationId']);
  }
}
