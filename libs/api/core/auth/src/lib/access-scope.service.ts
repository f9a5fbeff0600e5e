import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, currentMembershipSql, SIGNED_OUT } from '@cg/api/core/database';
import { SessionUser } from './current-user';

/**
 * The user's partners (live shared partnerships) and funded portfolio, as two array columns, for
 * the organisations `own` (an SQL expression of type uuid[]). Funding is live until its period has
 * ended; the funded are its recipient organisation and the members of a funded partnership or
 * project (the FUNDING ties of organisation_tie). The session lookup reads them in its own
 * statement (auth.service.ts), so a request pays one round trip for both.
 */
export function scopeColumns(own: string): string {
  return `ARRAY(SELECT DISTINCT other.organisation_id FROM partnership_membership mine
               JOIN partnership p ON p.id = mine.partnership_id AND p.archived_at IS NULL AND p.status <> 'CLOSED'
               JOIN partnership_membership other ON other.partnership_id = mine.partnership_id AND other.archived_at IS NULL
               WHERE mine.organisation_id = ANY(${own}) AND ${currentMembershipSql('mine')}) AS partners,
         ARRAY(SELECT DISTINCT t.other_organisation_id FROM organisation_tie t
               JOIN funding f ON f.id = t.via_id AND (f.period_end IS NULL OR f.period_end >= current_date)
               WHERE t.organisation_id = ANY(${own}) AND t.kind = 'FUNDING' AND t.outgoing) AS portfolio`;
}

@Injectable()
export class AccessScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The scope of each user object, while it lives: a cached session hands the same user to every
   * request, and the same scope object lets the connection checkout reuse its settings
   * (enforce-row-access.ts). The scope is worked out from the user object alone.
   */
  private readonly scopes = new WeakMap<SessionUser, AccessScope>();

  /** One query, or none when the session lookup already read the user's partners and portfolio. */
  async scopeFor(user: SessionUser | undefined): Promise<AccessScope> {
    if (!user) return SIGNED_OUT;
    const known = this.scopes.get(user);
    if (known) return known;
    const scope = await this.workOut(user);
    // Without the relations the scope came from a statement of its own: only a session's read is kept.
    if (user.relations) this.scopes.set(user, scope);
    return scope;
  }

  private async workOut(user: SessionUser): Promise<AccessScope> {
    const own = user.memberships.map((m) => m.organisationId);
    if (user.isInstanceAdmin || own.length === 0) {
      return { ...SIGNED_OUT, signedIn: true, isInstanceAdmin: user.isInstanceAdmin, memberships: user.memberships, ownOrganisationIds: own };
    }
    const row =
      user.relations ??
      (await this.dataSource.query<{ partners: string[]; portfolio: string[] }[]>(`SELECT ${scopeColumns('$1::uuid[]')}`, [own]))[0];
    return {
      signedIn: true,
      isInstanceAdmin: false,
      memberships: user.memberships,
      ownOrganisationIds: own,
      partnerOrganisationIds: row.partners,
      portfolioOrganisationIds: row.portfolio,
    };
  }
}
