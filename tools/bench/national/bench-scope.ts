/**
 * Switches a pg client to the request role with a benchmark user's access scope, exactly as
 * enforce-row-access.ts does for a request (the scope worked out by the API's own service).
 */
import { AccessScopeService } from '@cg/api/core/auth';
import { scopeSettings } from '@cg/api/core/database';
import { OrganisationRole } from '@cg/shared/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const APPLY_SCOPE = `SELECT set_config('role', $1, false), set_config('cg.admin', $2, false),
  set_config('cg.signed_in', $3, false), set_config('cg.readable', $4, false), set_config('cg.partners', $5, false),
  set_config('cg.funded', $6, false)`;

export async function applyBenchScope(client: Client, who: 'admin' | 'ceo'): Promise<void> {
  const email = who === 'ceo' ? 'bench-ceo@national.bench' : 'bench-admin@national.bench';
  const {
    rows: [user],
  } = await client.query(
    `SELECT u.id, u.is_instance_admin, coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
       FILTER (WHERE m.organisation_id IS NOT NULL), '[]') AS memberships
       FROM user_account u LEFT JOIN organisation_member m ON m.user_id = u.id WHERE u.email = $1 GROUP BY u.id`,
    [email],
  );
  if (!user) throw new Error(`No user ${email}: run the national benchmark once (it makes the users).`);
  // The scope exactly as the API works it out, through the login role.
  const dataSource = { query: (text: string, values: unknown[]) => client.query(text, values).then((r) => r.rows) } as unknown as DataSource;
  const scope = await new AccessScopeService(dataSource).scopeFor({
    id: user.id,
    email,
    name: email,
    isInstanceAdmin: user.is_instance_admin,
    sessionId: 'bench',
    memberships: user.memberships as { organisationId: string; organisationName: string; role: OrganisationRole }[],
  });
  await client.query(APPLY_SCOPE, scopeSettings(scope));
}
