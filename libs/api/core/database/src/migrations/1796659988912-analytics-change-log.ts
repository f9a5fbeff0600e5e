import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables the cached place analytics read that the network does not (NetworkChangeLog lists the rest). */
const ANALYTICS_ONLY_SOURCES = ['partnership_place', 'project_place', 'combined_authority_member'];

// Cold spots and funding by IMD decile are cached per access scope and data version (issue #13),
// the network's version (network_change): any write statement to a table they read must move it,
// in the writer's transaction. These three were not sources of the network; a write to them now
// also makes cached networks stale, which costs a recompute and never a wrong answer.
export class AnalyticsChangeLog1796659988912 implements MigrationInterface {
  name = 'AnalyticsChangeLog1796659988912';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ANALYTICS_ONLY_SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_network_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION cg_note_network_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ANALYTICS_ONLY_SOURCES)
      await queryRunner.query(`DROP TRIGGER "${table}_network_change" ON "${table}"`);
  }
}
