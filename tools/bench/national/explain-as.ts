/**
 * EXPLAIN ANALYZE of one statement as a request would run it: role cg_request with the access
 * scope of a benchmark user (the settings enforce-row-access.ts applies), or as the table owner.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/explain-as.ts ceo|admin|owner "SELECT …" [param …] (NULL for null)
 */
import { AccessScopeService } from '@cg/api/core/auth';
import { scopeSettings } from '@cg/api/core/database';
import { OrganisationRole } from '@cg/shared/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const APPLY_SCOPE = `SELECT set_config('role', $1, false), set_config('cg.admin', $2, false),
  set_config('cg.signed_in', $3, false), set_config('cg.readable', $4, false), set_config('cg.partners', $5, false),
  set_config('cg.funded', $6, false)`;

async function main(): Promise<void> {
  const [who, sql, ...params] = process.argv.slice(2);
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (who !== 'owner') {
      const email = who === 'ceo' ? 'bench-ceo@national.bench' : 'bench-admin@national.bench';
      const {
        rows: [user],
      } = await client.query(
        `SELECT u.id, u.is_instance_admin, coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
           FILTER (WHERE m.organisation_id IS NOT NULL), '[]') AS memberships
           FROM user_account u LEFT JOIN organisation_member m ON m.user_id = u.id WHERE u.email = $1 GROUP BY u.id`,
        [email],
      );
      // The scope exactly as the API works it out, through the login role.
      const dataSource = { query: (text: string, values: unknown[]) => client.query(text, values).then((r) => r.rows) } as unknown as DataSource;
      const scope = await new AccessScopeService(dataSource).scopeFor({
        id: user.id,
        email,
        name: email,
        isInstanceAdmin: user.is_instance_admin,
        sessionId: 'explain',
        memberships: user.memberships as { organisationId: string; organisationName: string; role: OrganisationRole }[],
      });
      await client.query(APPLY_SCOPE, scopeSettings(scope));
    }
    // The word NULL passes a null parameter.
    const values = params.map((param) => (param === 'NULL' ? null : param));
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
