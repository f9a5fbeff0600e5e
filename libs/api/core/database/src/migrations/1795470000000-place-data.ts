import { MigrationInterface, QueryRunner } from 'typeorm';

// Official place data (issue #11): aliases for former and register codes, the ONS postcode
// lookup, and the background import jobs of the Imports and exports screen. Aliases and
// postcodes are reference data with no owner (no row-level security; the places they lead to
// keep theirs). Import jobs and their reports are for instance admins alone, so requests read
// them under a policy as well as behind the resolver's check.

export class PlaceData1795470000000 implements MigrationInterface {
  name = 'PlaceData1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import_job\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"file_name\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'QUEUED', \"rows_read\" integer NOT NULL DEFAULT '0', \"rows_total\" integer, \"report\" jsonb, \"started_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_65b4c7eccb8120972a7b8da7682\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3d9683b5e02c06497d0d9f48c3\" ON \"import_job\" (\"status\") ");
    await queryRunner.query("CREATE TABLE \"place_alias\" (\"code\" text NOT NULL, \"place_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"source\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7918dc3620833bc692059c05615\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e4e67cd19ae6ef124479dd4ce3\" ON \"place_alias\" (\"place_id\") ");
    await queryRunner.query("CREATE TABLE \"postcode\" (\"postcode\" text NOT NULL, \"display\" text NOT NULL, \"lsoa_code\" text, \"msoa_code\" text, \"ward_code\" text, \"local_authority_code\" text, \"region_code\" text, \"country_code\" text, \"latitude\" double precision, \"longitude\" double precision, \"imd_rank\" integer, \"terminated\" text, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9cdb25c85a29e34abe49d76c66d\" PRIMARY KEY (\"postcode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ab4340f3477db0485fecdb2298\" ON \"postcode\" (\"lsoa_code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bfa47f3fc3bd5548a4f4f6d577\" ON \"postcode\" (\"local_authority_code\") ");
    await queryRunner.query("ALTER TABLE \"place_alias\" ADD CONSTRAINT \"FK_e4e67cd19ae6ef124479dd4ce3b\" FOREIGN KEY (\"place_id\") REFERENCES \"place\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query('ALTER TABLE "import_job" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY import_job_admin ON "import_job" TO cg_request USING (current_setting('cg.admin', true) = 'on')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY import_job_admin ON "import_job"');
    await queryRunner.query("ALTER TABLE \"place_alias\" DROP CONSTRAINT \"FK_e4e67cd19ae6ef124479dd4ce3b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bfa47f3fc3bd5548a4f4f6d577\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ab4340f3477db0485fecdb2298\"");
    await queryRunner.query("DROP TABLE \"postcode\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e4e67cd19ae6ef124479dd4ce3\"");
    await queryRunner.query("DROP TABLE \"place_alias\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3d9683b5e02c06497d0d9f48c3\"");
    await queryRunner.query("DROP TABLE \"import_job\"");
  }
}
