import { hash } from 'argon2';
import { Pool } from 'pg';

export interface BenchUser {
  label: string;
  email: string;
  /** The organisation the user belongs to, for a charity CEO. */
  organisationId?: string;
}

const PASSWORD = 'bench national scale password';

/**
 * An instance admin, and the CEO (organisation admin) of the charity with the most current
 * partnership memberships: the busiest scope row-level security has to judge. Made as the
 * system (the login role), once; kept for the next run.
 */
export async function ensureBenchUsers(pool: Pool): Promise<BenchUser[]> {
  const {
    rows: [charity],
  } = await pool.query<{ id: string }>(
    `SELECT o.id FROM organisation o JOIN partnership_membership m ON m.organisation_id = o.id AND m.archived_at IS NULL
      WHERE o.type = 'CHARITY' AND o.archived_at IS NULL GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
  );
  const users: BenchUser[] = [
    { label: 'instance admin', email: 'bench-admin@national.bench' },
    { label: 'charity CEO', email: 'bench-ceo@national.bench', organisationId: charity.id },
  ];
  const passwordHash = await hash(PASSWORD);
  for (const user of users) {
    const {
      rows: [account],
    } = await pool.query<{ id: string }>(
      `INSERT INTO user_account (email, name, password_hash, is_instance_admin) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
      [user.email, `Bench ${user.label}`, passwordHash, !user.organisationId],
    );
    if (user.organisationId) {
      await pool.query(
        `INSERT INTO organisation_member (user_id, organisation_id, role) VALUES ($1, $2, 'ORG_ADMIN') ON CONFLICT DO NOTHING`,
        [account.id, user.organisationId],
      );
    }
  }
  return users;
}

/** Signs in over HTTP and returns the session cookie to send with every request. */
export async function signIn(graphqlUrl: string, email: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password: PASSWORD } },
    }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie) throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0];
}
