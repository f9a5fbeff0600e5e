import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, a page deep in a list by cursor. The lists' default order is `lower(name), id`, and a
// cursor page adds `(lower(name), id) > ($1, $2)`. `lower()` is not leakproof, so as cg_request
// PostgreSQL cannot use that condition on the index before the row policy: it walked the index
// from the first name and judged every row before the cursor (page 201 of the directory: 10,000
// rows removed by the filter, 322 ms as the charity CEO). `name_key` stores `lower(name)`, so the
// cursor compares plain columns with leakproof operators (text_gt, uuid_gt) and becomes an index
// condition. The order index moves to the stored column. TypeORM keeps a generated column's
// expression in typeorm_metadata to compare with the entity's.

const TABLES = ['organisation', 'partnership'];

export class LeakproofNameOrder1796638082325 implements MigrationInterface {
  name = 'LeakproofNameOrder1796638082325';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "name_key" text GENERATED ALWAYS AS (lower("name")) STORED NOT NULL`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
         VALUES (current_database(), 'public', $1, 'GENERATED_COLUMN', 'name_key', 'lower("name")')`,
        [table],
      );
      await queryRunner.query(`CREATE INDEX "${table}_live_name_key_order" ON "${table}" ("name_key", "id") WHERE "archived_at" IS NULL`);
      await queryRunner.query(`DROP INDEX "${table}_live_name_order"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`CREATE INDEX "${table}_live_name_order" ON "${table}" (lower("name"), "id") WHERE "archived_at" IS NULL`);
      await queryRunner.query(`DROP INDEX "${table}_live_name_key_order"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "name_key"`);
      await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = 'name_key'`, [table]);
    }
  }
}
