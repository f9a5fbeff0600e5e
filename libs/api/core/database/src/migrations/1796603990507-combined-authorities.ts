import { MigrationInterface, QueryRunner } from 'typeorm';

// Combined authorities (issue #11): a place level of their own, and the councils that belong to
// each. Members keep their place in the ltree path (region or county); membership is a table, so
// "inside Greater Manchester" means inside any of its ten boroughs. Reference data with no owner:
// requests may read memberships but never write them (imports run as the system).
export class CombinedAuthorities1796603990507 implements MigrationInterface {
  name = 'CombinedAuthorities1796603990507';

  async up(queryRunner: QueryRunner): Promise<void> {
    // ADD VALUE rather than a new type: no rewrite of the place table, which holds every LSOA.
    await queryRunner.query(`ALTER TYPE "public"."place_level" ADD VALUE IF NOT EXISTS 'COMBINED_AUTHORITY' BEFORE 'LOCAL_AUTHORITY'`);
    await queryRunner.query("CREATE TABLE \"combined_authority_member\" (\"combined_authority_id\" uuid NOT NULL, \"member_place_id\" uuid NOT NULL, \"source\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7c0166bada7eb37b4bdc2249733\" PRIMARY KEY (\"combined_authority_id\", \"member_place_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ac31afa7cead70fe9361efaf7e\" ON \"combined_authority_member\" (\"member_place_id\") ");
    await queryRunner.query("ALTER TABLE \"combined_authority_member\" ADD CONSTRAINT \"FK_c334ed3841a3f9240b8691c3c34\" FOREIGN KEY (\"combined_authority_id\") REFERENCES \"place\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"combined_authority_member\" ADD CONSTRAINT \"FK_ac31afa7cead70fe9361efaf7e5\" FOREIGN KEY (\"member_place_id\") REFERENCES \"place\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "combined_authority_member" FROM cg_request`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"combined_authority_member\"");
    // PostgreSQL cannot drop an enum value: the places go, and the type is rebuilt without it.
    await queryRunner.query(`UPDATE "place" SET "parent_id" = NULL WHERE "parent_id" IN (SELECT "id" FROM "place" WHERE "level" = 'COMBINED_AUTHORITY')`);
    await queryRunner.query(`DELETE FROM "place" WHERE "level" = 'COMBINED_AUTHORITY'`);
    await queryRunner.query("CREATE TYPE \"public\".\"place_level_old\" AS ENUM('COUNTRY', 'REGION', 'COUNTY', 'LOCAL_AUTHORITY', 'WARD', 'MSOA', 'LSOA', 'CUSTOM')");
    await queryRunner.query("ALTER TABLE \"place\" ALTER COLUMN \"level\" TYPE \"public\".\"place_level_old\" USING \"level\"::\"text\"::\"public\".\"place_level_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"place_level\"");
    await queryRunner.query("ALTER TYPE \"public\".\"place_level_old\" RENAME TO \"place_level\"");
  }
}
