import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #12, data exchange. Generated, then three hand-written parts at the end of up():
// - funding_place (a grant's beneficiary places) is a child row of funding: readable when both the
//   grant and the place are (as partnership_place, migration TrustBoundary), and written by
//   requests only through RecordWriter (migration WriteGate).
// - organisation_identifier_link is reference data no record owns: everyone may read it (it reveals
//   no record), only the system (the login role) writes it.
// - import_job is readable to instance admins (as before) and to the organisation an import was
//   made for, so an organisation admin follows their own 360Giving import.
const ADMIN = `current_setting('cg.admin', true) = 'on'`;
const FUNDING_PLACE_READABLE = `EXISTS (SELECT 1 FROM "funding" p WHERE p.id = "funding_place"."funding_id")
  AND EXISTS (SELECT 1 FROM "place" p WHERE p.id = "funding_place"."place_id")`;
const OWN_ORGANISATIONS = `(SELECT unnest(current_setting('cg.readable', true)::uuid[]))`;

export class GrantsExchange1796604115353 implements MigrationInterface {
  name = 'GrantsExchange1796604115353';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"funding_place\" (\"funding_id\" uuid NOT NULL, \"place_id\" uuid NOT NULL, CONSTRAINT \"PK_e6cf1bbbc9be43a5509bd54f34b\" PRIMARY KEY (\"funding_id\", \"place_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_46891ea46a2a91dcf300011d93\" ON \"funding_place\" (\"place_id\") ");
    await queryRunner.query("CREATE TABLE \"organisation_identifier_link\" (\"identifier_a\" citext NOT NULL, \"identifier_b\" citext NOT NULL, \"relationship\" text NOT NULL DEFAULT 'sameas', \"source\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a4e7f49f346a43a5fff8081be8\" PRIMARY KEY (\"identifier_a\", \"identifier_b\"))");
    await queryRunner.query("CREATE INDEX \"IDX_06d82b2b9936e6843fc80816c9\" ON \"organisation_identifier_link\" (\"identifier_b\") ");
    await queryRunner.query("ALTER TABLE \"funding\" ADD \"title\" text");
    await queryRunner.query("ALTER TABLE \"funding\" ADD \"description\" text");
    await queryRunner.query("ALTER TABLE \"import_job\" ADD \"organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"import_job\" ADD \"options\" jsonb");
    await queryRunner.query("ALTER TABLE \"import_job\" ADD \"heartbeat_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_140499e92206089eef6e746fa6\" ON \"import_job\" (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"funding_place\" ADD CONSTRAINT \"FK_3a85b218b76cf7c916653aec64a\" FOREIGN KEY (\"funding_id\") REFERENCES \"funding\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"funding_place\" ADD CONSTRAINT \"FK_46891ea46a2a91dcf300011d931\" FOREIGN KEY (\"place_id\") REFERENCES \"place\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query('ALTER TABLE "funding_place" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY cg_request_access ON "funding_place" FOR ALL TO cg_request USING (${ADMIN} OR (${FUNDING_PLACE_READABLE})) WITH CHECK (true)`,
    );
    await queryRunner.query(
      `CREATE TRIGGER cg_write_gate BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "funding_place" FOR EACH STATEMENT EXECUTE FUNCTION cg_write_gate()`,
    );
    await queryRunner.query('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "organisation_identifier_link" FROM cg_request');
    await queryRunner.query('DROP POLICY import_job_admin ON "import_job"');
    await queryRunner.query(
      `CREATE POLICY import_job_admin ON "import_job" TO cg_request USING (${ADMIN} OR organisation_id IN ${OWN_ORGANISATIONS})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY import_job_admin ON "import_job"');
    await queryRunner.query(`CREATE POLICY import_job_admin ON "import_job" TO cg_request USING (${ADMIN})`);
    await queryRunner.query('DROP TRIGGER cg_write_gate ON "funding_place"');
    await queryRunner.query('DROP POLICY cg_request_access ON "funding_place"');
    await queryRunner.query("ALTER TABLE \"funding_place\" DROP CONSTRAINT \"FK_46891ea46a2a91dcf300011d931\"");
    await queryRunner.query("ALTER TABLE \"funding_place\" DROP CONSTRAINT \"FK_3a85b218b76cf7c916653aec64a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_140499e92206089eef6e746fa6\"");
    await queryRunner.query("ALTER TABLE \"import_job\" DROP COLUMN \"heartbeat_at\"");
    await queryRunner.query("ALTER TABLE \"import_job\" DROP COLUMN \"options\"");
    await queryRunner.query("ALTER TABLE \"import_job\" DROP COLUMN \"organisation_id\"");
    await queryRunner.query("ALTER TABLE \"funding\" DROP COLUMN \"description\"");
    await queryRunner.query("ALTER TABLE \"funding\" DROP COLUMN \"title\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_06d82b2b9936e6843fc80816c9\"");
    await queryRunner.query("DROP TABLE \"organisation_identifier_link\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_46891ea46a2a91dcf300011d93\"");
    await queryRunner.query("DROP TABLE \"funding_place\"");
  }
}
