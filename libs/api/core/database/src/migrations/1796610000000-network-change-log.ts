import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables a network of organisations is built from (NetworkService); any write to them makes cached networks stale. */
const NETWORK_SOURCES = [
  'organisation',
  'organisation_place',
  'relationship',
  'partnership',
  'partnership_membership',
  'project',
  'project_participant',
  'funding',
  'place',
];

// Networks are cached per data version (issue #13). The version was a fingerprint counted over
// every source table (seconds at national scale, on every network read). Instead, each write
// statement to a source table appends a row here, in the writer's transaction: a reader sees the
// row exactly when it sees the change (MVCC), so the version is `max(id)` and `count(*)` of a
// small table. Both are needed: ids are taken before commit, so a later-committing writer may
// add a smaller id. Old rows are pruned now and then; pruning happens with an insert in the same
// statement, so the version still moves. Statement-level triggers: an import of 100,000 rows
// costs one row, and writers never wait on one another (no counter row to lock).
export class NetworkChangeLog1796610000000 implements MigrationInterface {
  name = 'NetworkChangeLog1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network_change" ("id" bigserial PRIMARY KEY)`);
    // Owned by the login role and SECURITY DEFINER, so requests (role cg_request) append through
    // it without any right on the table itself; it reveals nothing about the rows written.
    await queryRunner.query(`REVOKE ALL ON "network_change" FROM cg_request`);
    await queryRunner.query(`CREATE FUNCTION cg_note_network_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE noted bigint;
      BEGIN
        INSERT INTO network_change DEFAULT VALUES RETURNING id INTO noted;
        IF noted % 1000 = 0 THEN DELETE FROM network_change WHERE id < noted - 1000; END IF;
        RETURN NULL;
      END $$`);
    for (const table of NETWORK_SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_network_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION cg_note_network_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NETWORK_SOURCES) await queryRunner.query(`DROP TRIGGER "${table}_network_change" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION cg_note_network_change()`);
    await queryRunner.query(`DROP TABLE "network_change"`);
  }
}
