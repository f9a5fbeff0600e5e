import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisations1795436929134 implements MigrationInterface {
  name = 'Organisations1795436929134';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"visibility\" AS ENUM('PUBLIC', 'PARTNERS', 'PRIVATE')");
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_type\" AS ENUM('CHARITY', 'COMMUNITY_GROUP', 'SOCIAL_ENTERPRISE', 'LOCAL_AUTHORITY', 'PUBLIC_BODY', 'BUSINESS', 'FUNDER', 'UNIVERSITY_OR_COLLEGE', 'FAITH_GROUP', 'HOUSING_ASSOCIATION', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"sector\" AS ENUM('PUBLIC', 'PRIVATE', 'VOLUNTARY_AND_COMMUNITY', 'GRASSROOTS_COMMUNITY', 'ACADEMIC', 'FUNDER')");
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"created_by\" uuid, \"visibility\" \"public\".\"visibility\" NOT NULL DEFAULT 'PUBLIC', \"archived_at\" TIMESTAMP WITH TIME ZONE, \"name\" text NOT NULL, \"type\" \"public\".\"organisation_type\" NOT NULL, \"sector\" \"public\".\"sector\" NOT NULL, \"description\" text, \"website\" text, \"postcode\" text, CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"organisation_name_trgm\" ON \"organisation\" USING gin (\"name\" gin_trgm_ops)");
    await queryRunner.query("CREATE INDEX \"IDX_32f700d239cde4882bd80eb519\" ON \"organisation\" (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6837769408ec8dd436d43c6bf9\" ON \"organisation\" (\"sector\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"organisation_name_trgm\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6837769408ec8dd436d43c6bf9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_32f700d239cde4882bd80eb519\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
    await queryRunner.query("DROP TYPE \"public\".\"sector\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_type\"");
    await queryRunner.query("DROP TYPE \"public\".\"visibility\"");
  }
}
