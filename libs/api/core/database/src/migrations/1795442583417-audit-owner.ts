import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditOwner1795442583417 implements MigrationInterface {
  name = 'AuditOwner1795442583417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_log\" ADD \"owner_organisation_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_31e1b4793d78c06eb329c281c4\" ON \"audit_log\" (\"owner_organisation_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31e1b4793d78c06eb329c281c4\"");
    await queryRunner.query("ALTER TABLE \"audit_log\" DROP COLUMN \"owner_organisation_id\"");
  }
}
