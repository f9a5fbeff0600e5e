import { MigrationInterface, QueryRunner } from 'typeorm';

// Place analytics at national scale (issue #11): figures for thousands of places join the
// grants to partnerships and to projects by recipient. Those columns are empty on most grants,
// and under row-level security every index entry read is checked against the policies, so a
// scan of the whole recipient index read every grant (EXPLAIN ANALYZE as cg_request in
// apps/api/bench/place-analytics.bench.ts). Partial indexes hold only the grants that have such
// a recipient and are not archived: a tenth of the rows each in the benchmark.
export class PlaceAnalyticsIndexes1796606310482 implements MigrationInterface {
  name = 'PlaceAnalyticsIndexes1796606310482';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "funding_to_partnership_live" ON "funding" ("recipient_partnership_id") WHERE "recipient_partnership_id" IS NOT NULL AND "archived_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "funding_to_project_live" ON "funding" ("recipient_project_id") WHERE "recipient_project_id" IS NOT NULL AND "archived_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "funding_to_project_live"`);
    await queryRunner.query(`DROP INDEX "funding_to_partnership_live"`);
  }
}
