/**
 * Makes the benchmark's users (an instance admin and a charity CEO) and signs both in to a
 * running API, printing one `Cookie` header each, for ../shared/perf's --cookie:
 *   DATABASE_URL=… npx ts-node … tools/bench/national/bench-login.ts http://127.0.0.1:3100/graphql
 */
import { Pool } from 'pg';
import { ensureBenchUsers, signIn } from './bench-users';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  try {
    for (const user of await ensureBenchUsers(pool)) console.log(`${user.label}\t${await signIn(process.argv[2], user.email)}`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
