import { EntityManager } from 'typeorm';

/*
 * The database side of the write gate (migration WriteGate): requests may change record
 * tables only while this setting is on in their transaction, and only RecordWriter turns it
 * on, after judging the user's rights and the version. The system's own work runs as the
 * login role, which the gate does not judge.
 */
const OPEN = `SELECT set_config('cg.write_gate', 'on', true)`;
const CLOSE = `SELECT set_config('cg.write_gate', '', true)`;

/** Runs `work` with the gate open on `manager`'s transaction, and closes it again after. */
export async function throughGate<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query(OPEN);
  try {
    const result = await work();
    await manager.query(CLOSE);
    return result;
  } catch (error) {
    // A failed statement aborts the transaction (nothing can pass then); a refusal thrown in
    // code does not, so the gate is shut before the caller sees it. Only the first error matters.
    await manager.query(CLOSE).catch(() => undefined);
    throw error;
  }
}
