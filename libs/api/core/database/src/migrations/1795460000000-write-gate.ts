import { MigrationInterface, QueryRunner } from 'typeorm';

// The write gate (issue #10): requests (role cg_request) may change the tables that hold
// records and their child rows only through RecordWriter, which opens the gate
// (cg.write_gate = 'on', transaction-local) after judging rights and the version. The
// system's own work runs as the login role and is not judged. Reading rules are untouched.
//
// A statement trigger rather than RESTRICTIVE policies: a policy silently skips the rows of a
// refused UPDATE or DELETE instead of failing, would hide rows from the writer's own
// SELECT … FOR UPDATE (taken before the gate opens, so rights are judged first), and does not
// apply to TRUNCATE. The trigger fails loudly, once per statement.
//
// Left out: audit_log (members.service in core/auth audits access changes itself) and the
// account tables (users, sessions, memberships, invitations), which the auth services guard.

/** Every table under row-level security (migration RowLevelSecurity): records and their child rows. */
const GATED = [
  'organisation',
  'place',
  'person',
  'partnership',
  'project',
  'relationship',
  'funding',
  'activity',
  'need',
  'outcome',
  'partnership_membership',
  'project_participant',
  'affiliation',
  'indicator',
  'story',
  'measurement',
  'organisation_identifier',
  'organisation_place',
  'partnership_place',
  'project_place',
  'project_outcome',
  'activity_organisation',
  'activity_person',
  'need_project',
  'need_outcome',
  'outcome_contributor',
  'funding_instalment',
];

export class WriteGate1795460000000 implements MigrationInterface {
  name = 'WriteGate1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION cg_write_gate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_user = 'cg_request' AND coalesce(current_setting('cg.write_gate', true), '') <> 'on' THEN
          RAISE EXCEPTION 'A request wrote to % outside the record writer', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege', HINT = 'Write records and their child rows through RecordWriter.';
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of GATED) {
      await queryRunner.query(
        `CREATE TRIGGER cg_write_gate BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION cg_write_gate()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of GATED) await queryRunner.query(`DROP TRIGGER cg_write_gate ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION cg_write_gate()`);
  }
}
