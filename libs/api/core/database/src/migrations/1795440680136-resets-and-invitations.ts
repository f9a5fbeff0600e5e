import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResetsAndInvitations1795440680136 implements MigrationInterface {
  name = 'ResetsAndInvitations1795440680136';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" text NOT NULL, \"email\" citext NOT NULL, \"organisation_id\" uuid NOT NULL, \"role\" \"public\".\"organisation_role\" NOT NULL, \"invited_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_beb994737756c0f18a1c1f8669c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b827d3749ffbb3b5ab5099afd6\" ON \"invitation\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_913833c1541e680e8112131222\" ON \"invitation\" (\"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"password_reset\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_8515e60a2cc41584fa4784f52ce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0309de62e0cb0960ebb2cb65c9\" ON \"password_reset\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ad88301fdc79593dd222268a8b\" ON \"password_reset\" (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_913833c1541e680e8112131222f\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_e720a7c3cde7969988b5d33ca75\" FOREIGN KEY (\"invited_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"password_reset\" ADD CONSTRAINT \"FK_ad88301fdc79593dd222268a8b6\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"password_reset\" DROP CONSTRAINT \"FK_ad88301fdc79593dd222268a8b6\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_e720a7c3cde7969988b5d33ca75\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_913833c1541e680e8112131222f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ad88301fdc79593dd222268a8b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0309de62e0cb0960ebb2cb65c9\"");
    await queryRunner.query("DROP TABLE \"password_reset\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_913833c1541e680e8112131222\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b827d3749ffbb3b5ab5099afd6\"");
    await queryRunner.query("DROP TABLE \"invitation\"");
  }
}
