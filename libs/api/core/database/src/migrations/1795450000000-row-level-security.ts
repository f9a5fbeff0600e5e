import { MigrationInterface, QueryRunner } from 'typeorm';

// Row-level security: PostgreSQL itself decides which rows a request may read, so every read
// path (lists, detail, nested fields, filters, sorts, search, counts, aggregates, the tie view,
// network measures, exports) obeys one rule. Requests run as the role cg_request (see
// enforce-row-access.ts); the system's own work runs as the login role, which owns the tables
// and so is not limited. Policies on a record read its own visibility and owner; records that
// belong to another record (a membership to its partnership, a measurement to its indicator)
// must also have a readable parent, so a private partnership never leaks through its members.

/** Records with their own visibility and owner, and the parent they must also be able to see. */
const RECORDS: { table: string; owner?: string; parent?: { table: string; column: string } }[] = [
  { table: 'organisation', owner: 'coalesce(owner_organisation_id, id)' },
  { table: 'place' },
  { table: 'person' },
  { table: 'partnership' },
  { table: 'project' },
  { table: 'relationship' },
  { table: 'funding' },
  { table: 'activity' },
  { table: 'need' },
  { table: 'outcome' },
  { table: 'partnership_membership', parent: { table: 'partnership', column: 'partnership_id' } },
  { table: 'project_participant', parent: { table: 'project', column: 'project_id' } },
  { table: 'affiliation', parent: { table: 'person', column: 'person_id' } },
  { table: 'indicator', parent: { table: 'outcome', column: 'outcome_id' } },
  { table: 'story', parent: { table: 'outcome', column: 'outcome_id' } },
  { table: 'measurement', parent: { table: 'indicator', column: 'indicator_id' } },
];

/** Tables without visibility of their own: readable exactly when their parent is. */
const LINKS: { table: string; parent: string; column: string }[] = [
  { table: 'organisation_identifier', parent: 'organisation', column: 'organisation_id' },
  { table: 'organisation_place', parent: 'organisation', column: 'organisation_id' },
  { table: 'partnership_place', parent: 'partnership', column: 'partnership_id' },
  { table: 'project_place', parent: 'project', column: 'project_id' },
  { table: 'project_outcome', parent: 'project', column: 'project_id' },
  { table: 'activity_organisation', parent: 'activity', column: 'activity_id' },
  { table: 'activity_person', parent: 'activity', column: 'activity_id' },
  { table: 'need_project', parent: 'need', column: 'need_id' },
  { table: 'need_outcome', parent: 'need', column: 'need_id' },
  { table: 'outcome_contributor', parent: 'outcome', column: 'outcome_id' },
  { table: 'funding_instalment', parent: 'funding', column: 'funding_id' },
];

// The rule of docs/domain.md#records, read from the settings enforce-row-access.ts puts on each connection.
// Written out in each policy rather than called as a function: the uncorrelated
// `IN (SELECT unnest(…))` is then computed once per query (a hashed subplan), not parsed per row.
const ADMIN = `current_setting('cg.admin', true) = 'on'`;
const OWNERS = (setting: string) => `(SELECT unnest(current_setting('${setting}', true)::uuid[]))`;

function readable(owner: string): string {
  return `current_setting('cg.signed_in', true) = 'on' AND (visibility = 'PUBLIC'
    OR ${owner} IN ${OWNERS('cg.readable')}
    OR (visibility = 'PARTNERS' AND ${owner} IN ${OWNERS('cg.partners')}))`;
}

function parentVisible(table: string, parent: string, column: string): string {
  return `EXISTS (SELECT 1 FROM "${parent}" p WHERE p.id = "${table}"."${column}")`;
}

export class RowLevelSecurity1795450000000 implements MigrationInterface {
  name = 'RowLevelSecurity1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, so another database on it may have made this one already.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cg_request') THEN CREATE ROLE cg_request NOLOGIN; END IF;
    END $$`);
    await queryRunner.query(`GRANT cg_request TO CURRENT_USER`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO cg_request`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cg_request`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cg_request`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cg_request`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO cg_request`);

    for (const { table, owner, parent } of RECORDS) {
      const own = readable(owner ?? 'owner_organisation_id');
      await this.protect(queryRunner, table, parent ? `${own} AND ${parentVisible(table, parent.table, parent.column)}` : own);
    }
    for (const { table, parent, column } of LINKS) {
      await this.protect(queryRunner, table, parentVisible(table, parent, column));
    }
    // Views run as their owner unless told otherwise; this one must see only what the reader may.
    await queryRunner.query(`ALTER VIEW organisation_tie SET (security_invoker = true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER VIEW organisation_tie RESET (security_invoker)`);
    for (const { table } of [...RECORDS, ...LINKS]) {
      await queryRunner.query(`DROP POLICY cg_request_access ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM cg_request`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM cg_request`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM cg_request`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM cg_request`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM cg_request`);
  }

  /**
   * Reading, changing and removing need `rule` (instance admins pass before it is evaluated);
   * inserting is for the application's permission checks to judge.
   */
  private async protect(queryRunner: QueryRunner, table: string, rule: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY cg_request_access ON "${table}" FOR ALL TO cg_request USING (${ADMIN} OR (${rule})) WITH CHECK (true)`,
    );
  }
}
