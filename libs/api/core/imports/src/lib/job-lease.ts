import { DataSource } from 'typeorm';

/**
 * The advisory lock key of a job's lease, as SQL over an id expression. Two ints: one for
 * "import jobs", one for the job, so no other advisory lock in the database can collide.
 */
export const leaseKey = (id: string) => `hashtext('cg_import_job'), hashtext(${id}::text)`;

/**
 * Holds a running job's lease: a session advisory lock on a connection of its own, for as long
 * as the job runs. PostgreSQL drops it the moment the process dies (its connections close), so
 * any process can tell at once that a RUNNING job has lost its runner, however fresh its
 * heartbeat. Answers the release.
 */
export async function takeLease(dataSource: DataSource, jobId: string): Promise<() => Promise<void>> {
  const connection = dataSource.createQueryRunner();
  await connection.connect();
  try {
    await connection.query(`SELECT pg_advisory_lock(${leaseKey('$1')})`, [jobId]);
  } catch (error) {
    await connection.release();
    throw error;
  }
  return async () => {
    try {
      await connection.query(`SELECT pg_advisory_unlock(${leaseKey('$1')})`, [jobId]);
    } finally {
      await connection.release();
    }
  };
}
