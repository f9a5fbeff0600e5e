import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuthService } from '@cg/api/core/auth';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

/** Shared by every demo account; the demo holds fictional data only. */
export const DEMO_PASSWORD = 'common-ground-demo';
const DOMAIN = 'demo.common-ground.example';

interface DemoUser {
  email: string;
  name: string;
  role: OrganisationRole | 'INSTANCE_ADMIN';
  /** Picks the organisation the account belongs to. */
  organisationSql?: string;
}

// A charity CEO, its coordinator and a viewer share the charity in the most partnerships;
// the funder admin belongs to the funder that has awarded the most.
const BUSIEST_CHARITY = `SELECT o.id, o.name FROM organisation o JOIN partnership_membership m ON m.organisation_id = o.id
  WHERE o.type = 'CHARITY' GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 1`;
// A grassroots community group that partners with the charity, so the demo has a third organisation
// whose own admin can answer a partnership survey or rate partners.
const COMMUNITY_GROUP_PARTNER = `SELECT o.id, o.name FROM organisation o JOIN partnership_membership m ON m.organisation_id = o.id
  WHERE o.type = 'COMMUNITY_GROUP' AND m.partnership_id IN (
    SELECT cm.partnership_id FROM partnership_membership cm WHERE cm.organisation_id = (SELECT id FROM (${BUSIEST_CHARITY}) c))
  GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 1`;
const LARGEST_FUNDER = `SELECT o.id, o.name FROM organisation o JOIN funding f ON f.funder_organisation_id = o.id
  WHERE o.type = 'FUNDER' GROUP BY o.id ORDER BY sum(f.amount) DESC, o.name LIMIT 1`;

const DEMO_USERS: DemoUser[] = [
  { email: `admin@${DOMAIN}`, name: 'Sam Okafor', role: 'INSTANCE_ADMIN' },
  { email: `ceo@${DOMAIN}`, name: 'Asha Patel', role: OrganisationRole.ORG_ADMIN, organisationSql: BUSIEST_CHARITY },
  { email: `coordinator@${DOMAIN}`, name: 'Rhys Evans', role: OrganisationRole.COORDINATOR, organisationSql: BUSIEST_CHARITY },
  { email: `viewer@${DOMAIN}`, name: 'Mei Chen', role: OrganisationRole.VIEWER, organisationSql: BUSIEST_CHARITY },
  { email: `funder@${DOMAIN}`, name: 'Grace Adeyemi', role: OrganisationRole.ORG_ADMIN, organisationSql: LARGEST_FUNDER },
  { email: `group@${DOMAIN}`, name: 'Tomasz Nowak', role: OrganisationRole.ORG_ADMIN, organisationSql: COMMUNITY_GROUP_PARTNER },
];

/** Creates one account per role in the demo county (called after the demo network loads). */
export async function createDemoUsers(app: INestApplication): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const auth = app.get(AuthService);
  for (const demo of DEMO_USERS) {
    const user = await auth.createUser({ email: demo.email, name: demo.name, password: DEMO_PASSWORD, isInstanceAdmin: demo.role === 'INSTANCE_ADMIN' });
    if (demo.organisationSql && demo.role !== 'INSTANCE_ADMIN') {
      const [organisation] = await dataSource.query(demo.organisationSql);
      if (organisation) await auth.addMembership(user.id, organisation.id, demo.role);
    }
  }
}

/** Lists the demo sign-ins on start in development, so nobody has to look them up. */
export async function printDemoUsers(app: INestApplication): Promise<void> {
  const rows: { email: string; name: string; roles: string | null }[] = await app.get<DataSource>(getDataSourceToken()).query(
    `SELECT u.email, u.name, CASE WHEN u.is_instance_admin THEN 'instance admin'
            ELSE string_agg(lower(replace(m.role::text, '_', ' ')) || ' of ' || o.name, ', ') END AS roles
     FROM user_account u LEFT JOIN organisation_member m ON m.user_id = u.id LEFT JOIN organisation o ON o.id = m.organisation_id
     WHERE u.email LIKE $1 GROUP BY u.id ORDER BY u.created_at`,
    [`%@${DOMAIN}`],
  );
  if (rows.length === 0) return;
  const lines = rows.map((row) => `  ${row.email.padEnd(38)} ${row.name}, ${row.roles ?? 'no organisation'}`);
  Logger.log(`Demo sign-ins (password "${DEMO_PASSWORD}"):\n${lines.join('\n')}`, 'DemoData');
}
