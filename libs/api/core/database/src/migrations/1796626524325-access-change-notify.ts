import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a session's access scope is read from (auth.service.ts: the session, the account, its
 * memberships and their organisations' names, the partners through live partnerships, the funded
 * portfolio through funding of organisations, partnerships and projects), with the writes that can
 * change a cached scope. A new session (INSERT) changes no cached one.
 */
const SCOPE_SOURCES: [table: string, events: string][] = [
  ['user_session', 'UPDATE OR DELETE OR TRUNCATE'],
  ['user_account', 'UPDATE OR DELETE OR TRUNCATE'],
  ['organisation_member', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['organisation', 'UPDATE OF name OR DELETE OR TRUNCATE'],
  ['partnership', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['partnership_membership', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['project_participant', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['funding', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
];

// Sessions and access scopes are cached in each API process (SessionCache, issue #13). A write to
// what they are read from notifies every process that listens (access-changes.ts), after commit,
// so a sign-out, a removed role or a suspension elsewhere takes effect within milliseconds on
// every instance. Statement-level, and PostgreSQL folds equal notifications of one transaction
// into one: an import of 100,000 memberships sends one. The payload is the writer's backend pid, so
// a process can skip its own writes' notifications (it has already acted on them).
export class AccessChangeNotify1796626524325 implements MigrationInterface {
  name = 'AccessChangeNotify1796626524325';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION cg_notify_access_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cg_access_change', pg_backend_pid()::text);
        RETURN NULL;
      END $$`);
    for (const [table, events] of SCOPE_SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_access_change" AFTER ${events} ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION cg_notify_access_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SCOPE_SOURCES) await queryRunner.query(`DROP TRIGGER "${table}_access_change" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION cg_notify_access_change()`);
  }
}
