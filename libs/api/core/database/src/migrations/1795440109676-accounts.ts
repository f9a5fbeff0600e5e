import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795440109676 implements MigrationInterface {
  name = 'Accounts1795440109676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" citext NOT NULL, \"name\" text NOT NULL, \"password_hash\" text, \"is_instance_admin\" boolean NOT NULL DEFAULT false, \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_56a0e4bcec2b5411beafa47ffa\" ON \"user_account\" (\"email\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_role\" AS ENUM('ORG_ADMIN', 'COORDINATOR', 'VIEWER')");
    await queryRunner.query("CREATE TABLE \"organisation_member\" (\"user_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"role\" \"public\".\"organisation_role\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_39ea877d3d3cb1f2ca4bf1774a4\" PRIMARY KEY (\"user_id\", \"organisation_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_185405d3e24509f912e3b09b7e\" ON \"organisation_member\" (\"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"user_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"user_agent\" text, CONSTRAINT \"PK_adf3b49590842ac3cf54cac451a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9ccf6d901cef4067214284f327\" ON \"user_session\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_13275383dcdf095ee29f2b3455\" ON \"user_session\" (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"organisation_member\" ADD CONSTRAINT \"FK_dc910c008fa4f5c17460a046228\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_member\" ADD CONSTRAINT \"FK_185405d3e24509f912e3b09b7e2\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_session\" ADD CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_session\" DROP CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\"");
    await queryRunner.query("ALTER TABLE \"organisation_member\" DROP CONSTRAINT \"FK_185405d3e24509f912e3b09b7e2\"");
    await queryRunner.query("ALTER TABLE \"organisation_member\" DROP CONSTRAINT \"FK_dc910c008fa4f5c17460a046228\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_13275383dcdf095ee29f2b3455\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9ccf6d901cef4067214284f327\"");
    await queryRunner.query("DROP TABLE \"user_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_185405d3e24509f912e3b09b7e\"");
    await queryRunner.query("DROP TABLE \"organisation_member\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_56a0e4bcec2b5411beafa47ffa\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
  }
}
