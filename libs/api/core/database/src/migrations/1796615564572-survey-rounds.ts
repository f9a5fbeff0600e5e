import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #15, partnership survey rounds. Generated, then hand-written at the end of up():
// - survey_round is read wherever its partnership is, survey_response (that an organisation
//   answered, for progress) wherever its round is; both written by requests only through
//   RecordWriter (the write gate).
// - survey_rating and survey_success hold the raw answers. Nobody but the system reads them, not
//   even instance admins: requests may only INSERT them (no SELECT, UPDATE or DELETE privilege,
//   and an insert-only policy), through the gate. Results are frozen into survey_round.results
//   by the system when a round closes, with the anonymity threshold applied.
const ADMIN = `current_setting('cg.admin', true) = 'on'`;
const READABLE: Record<string, string> = {
  survey_round: `EXISTS (SELECT 1 FROM "partnership" p WHERE p.id = "survey_round"."partnership_id")`,
  survey_response: `EXISTS (SELECT 1 FROM "survey_round" r WHERE r.id = "survey_response"."round_id")`,
};
const RAW = ['survey_rating', 'survey_success'];

export class SurveyRounds1796615564572 implements MigrationInterface {
  name = 'SurveyRounds1796615564572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"survey_round_status\" AS ENUM('OPEN', 'CLOSED')");
    await queryRunner.query("CREATE TABLE \"survey_round\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"created_by\" uuid, \"owner_organisation_id\" uuid, \"visibility\" \"public\".\"visibility\" NOT NULL DEFAULT 'PUBLIC', \"archived_at\" TIMESTAMP WITH TIME ZONE, \"partnership_id\" uuid NOT NULL, \"closes_on\" date NOT NULL, \"status\" \"public\".\"survey_round_status\" NOT NULL DEFAULT 'OPEN', \"closed_at\" TIMESTAMP WITH TIME ZONE, \"invited_organisation_ids\" uuid array NOT NULL DEFAULT '{}', \"results\" jsonb, CONSTRAINT \"PK_3e0f933d636e7564d2b182e6dbd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc457a970f42c05d279f2d76e2\" ON \"survey_round\" (\"owner_organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f12083f69caf5171ad2e4cc68b\" ON \"survey_round\" (\"partnership_id\") ");
    await queryRunner.query("CREATE TABLE \"survey_response\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"created_by\" uuid, \"owner_organisation_id\" uuid, \"visibility\" \"public\".\"visibility\" NOT NULL DEFAULT 'PUBLIC', \"archived_at\" TIMESTAMP WITH TIME ZONE, \"round_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, CONSTRAINT \"PK_d9326eb52bf8b23d56a39ce419a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b5af615a5fdabeb8049dc68e3a\" ON \"survey_response\" (\"owner_organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b0126a512b8576f94d6693674a\" ON \"survey_response\" (\"organisation_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b9161cf4998b050396d3b0732e\" ON \"survey_response\" (\"round_id\", \"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"survey_rating\" (\"response_id\" uuid NOT NULL, \"rated_organisation_id\" uuid NOT NULL, \"reliability\" smallint NOT NULL, \"mission_support\" smallint NOT NULL, \"openness\" smallint NOT NULL, \"influence\" smallint NOT NULL, \"involvement\" smallint NOT NULL, \"resources\" smallint NOT NULL, \"contributions\" text array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_fc8ddaa04424c231c6d5ac0e2a1\" PRIMARY KEY (\"response_id\", \"rated_organisation_id\"))");
    await queryRunner.query("CREATE TABLE \"survey_success\" (\"response_id\" uuid NOT NULL, \"score\" smallint NOT NULL, CONSTRAINT \"PK_c412e97ccd174b05373e26f9767\" PRIMARY KEY (\"response_id\"))");
    await queryRunner.query("ALTER TABLE \"survey_round\" ADD CONSTRAINT \"FK_f12083f69caf5171ad2e4cc68b7\" FOREIGN KEY (\"partnership_id\") REFERENCES \"partnership\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_response\" ADD CONSTRAINT \"FK_973a47bfddd140dd5b5e8aa3efa\" FOREIGN KEY (\"round_id\") REFERENCES \"survey_round\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_rating\" ADD CONSTRAINT \"FK_81ffe7009397099c8a6a3d69f1d\" FOREIGN KEY (\"response_id\") REFERENCES \"survey_response\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_success\" ADD CONSTRAINT \"FK_c412e97ccd174b05373e26f9767\" FOREIGN KEY (\"response_id\") REFERENCES \"survey_response\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const [table, rule] of Object.entries(READABLE)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY cg_request_access ON "${table}" FOR ALL TO cg_request USING (${ADMIN} OR (current_setting('cg.signed_in', true) = 'on' AND ${rule})) WITH CHECK (true)`,
      );
    }
    for (const table of RAW) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE SELECT, UPDATE, DELETE, TRUNCATE ON "${table}" FROM cg_request`);
      await queryRunner.query(`CREATE POLICY cg_request_insert ON "${table}" FOR INSERT TO cg_request WITH CHECK (true)`);
    }
    for (const table of [...Object.keys(READABLE), ...RAW]) {
      await queryRunner.query(
        `CREATE TRIGGER cg_write_gate BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION cg_write_gate()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...Object.keys(READABLE), ...RAW]) await queryRunner.query(`DROP TRIGGER cg_write_gate ON "${table}"`);
    for (const table of RAW) await queryRunner.query(`DROP POLICY cg_request_insert ON "${table}"`);
    for (const table of Object.keys(READABLE)) await queryRunner.query(`DROP POLICY cg_request_access ON "${table}"`);
    await queryRunner.query("ALTER TABLE \"survey_success\" DROP CONSTRAINT \"FK_c412e97ccd174b05373e26f9767\"");
    await queryRunner.query("ALTER TABLE \"survey_rating\" DROP CONSTRAINT \"FK_81ffe7009397099c8a6a3d69f1d\"");
    await queryRunner.query("ALTER TABLE \"survey_response\" DROP CONSTRAINT \"FK_973a47bfddd140dd5b5e8aa3efa\"");
    await queryRunner.query("ALTER TABLE \"survey_round\" DROP CONSTRAINT \"FK_f12083f69caf5171ad2e4cc68b7\"");
    await queryRunner.query("DROP TABLE \"survey_success\"");
    await queryRunner.query("DROP TABLE \"survey_rating\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b9161cf4998b050396d3b0732e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b0126a512b8576f94d6693674a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b5af615a5fdabeb8049dc68e3a\"");
    await queryRunner.query("DROP TABLE \"survey_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f12083f69caf5171ad2e4cc68b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fc457a970f42c05d279f2d76e2\"");
    await queryRunner.query("DROP TABLE \"survey_round\"");
    await queryRunner.query("DROP TYPE \"public\".\"survey_round_status\"");
  }
}
