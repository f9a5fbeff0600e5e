import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contrib extensions the product relies on: fuzzy search, case-insensitive text, accent folding, place trees. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const extension of ['pg_trgm', 'citext', 'unaccent', 'ltree']) {
      await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const extension of ['ltree', 'unaccent', 'citext', 'pg_trgm']) {
      await queryRunner.query(`DROP EXTENSION IF EXISTS ${extension}`);
    }
  }
}
