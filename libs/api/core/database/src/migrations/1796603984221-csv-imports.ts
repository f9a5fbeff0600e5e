import { MigrationInterface, QueryRunner } from 'typeorm';

// Bookkeeping of an organisation's CSV imports: its own members and instance admins read and write
// it (row-level security), nobody else learns even that an import happened.
const MINE = `current_setting('cg.admin', true) = 'on' OR organisation_id IN (SELECT unnest(current_setting('cg.readable', true)::uuid[]))`;

export class CsvImports1796603984221 implements MigrationInterface {
  name = 'CsvImports1796603984221';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"csv_import\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"file_name\" text NOT NULL, \"source\" text NOT NULL, \"status\" text NOT NULL, \"started_by\" uuid, \"report\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_16e75922f60a0c70bb373f9c9a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c258fcab806f598cb8a8a8fcd1\" ON \"csv_import\" (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"csv_column_mapping\" (\"organisation_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"source\" text NOT NULL, \"mapping\" jsonb NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d376bfbf597be34b85fbbf04554\" PRIMARY KEY (\"organisation_id\", \"kind\", \"source\"))");
    for (const table of ['csv_import', 'csv_column_mapping']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_own ON "${table}" TO cg_request USING (${MINE}) WITH CHECK (${MINE})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"csv_column_mapping\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c258fcab806f598cb8a8a8fcd1\"");
    await queryRunner.query("DROP TABLE \"csv_import\"");
  }
}
