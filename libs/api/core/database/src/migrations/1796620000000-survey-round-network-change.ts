import { MigrationInterface, QueryRunner } from 'typeorm';

// A partnership's network is rated by its latest closed survey round (issue #15), so closing a
// round must make cached networks stale like any other source table (NetworkChangeLog).
export class SurveyRoundNetworkChange1796620000000 implements MigrationInterface {
  name = 'SurveyRoundNetworkChange1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "survey_round_network_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "survey_round"
        FOR EACH STATEMENT EXECUTE FUNCTION cg_note_network_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "survey_round_network_change" ON "survey_round"`);
  }
}
