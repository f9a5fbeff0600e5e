import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, currentMembershipSql, SIGNED_OUT } from '@cg/api/core/database';
import { SessionUser } from './current-user';

@Injectable()
export class AccessScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One query: the user's partners (live shared partnerships) and funded portfolio. Funding is
   * live until its period has ended; the funded are its recipient organisation and the members of
   * a funded partnership or project (the FUNDING ties of organisation_tie).
   */
  async scopeFor(user: SessionUser | undefined): Promise<AccessScope> {
    if (!user) return SIGNED_OUT;
    const own = user.memberships.map((m) => m.organisationId);
    if (user.isInstanceAdmin || own.length === 0) {
      return { ...SIGNED_OUT, signedIn: true, isInstanceAdmin: user.isInstanceAdmin, memberships: user.memberships, ownOrganisationIds: own };
    }
    const [row]: { partners: string[]; portfolio: string[] }[] = await this.dataSource.query(
      `SELECT
         ARRAY(SELECT DISTINCT other.organisation_id FROM partnership_membership mine
               JOIN partnership p ON p.id = mine.partnership_id AND p.archived_at IS NULL AND p.status <> 'CLOSED'
               JOIN partnership_membership other ON other.partnership_id = mine.partnership_id AND other.archived_at IS NULL
               WHERE mine.organisation_id = ANY($1::uuid[]) AND ${currentMembershipSql('mine')}) AS partners,
         ARRAY(SELECT DISTINCT t.other_organisation_id FROM organisation_tie t
               JOIN funding f ON f.id = t.via_id AND (f.period_end IS NULL OR f.period_end >= current_date)
               WHERE t.organisation_id = ANY($1::uuid[]) AND t.kind = 'FUNDING' AND t.outgoing) AS portfolio`,
      [own],
    );
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
