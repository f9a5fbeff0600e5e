import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #15, dismissed partner suggestions. A dismissal is the organisation's own business: its
// members (and instance admins) read it, nobody else learns what it turned down. Writes go
// through RecordWriter like any record, so the write gate guards the table too.
const OWN = `current_setting('cg.admin', true) = 'on'
  OR organisation_id IN (SELECT unnest(current_setting('cg.readable', true)::uuid[]))`;

export class PartnerSuggestions1796615477424 implements MigrationInterface {
  name = 'PartnerSuggestions1796615477424';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"partner_suggestion_dismissal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"created_by\" uuid, \"owner_organisation_id\" uuid, \"visibility\" \"public\".\"visibility\" NOT NULL DEFAULT 'PUBLIC', \"archived_at\" TIMESTAMP WITH TIME ZONE, \"organisation_id\" uuid NOT NULL, \"suggested_organisation_id\" uuid NOT NULL, CONSTRAINT \"PK_4009412f66b28bb686d78db64fc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7dc419c0ffa46a1d93330c6aa5\" ON \"partner_suggestion_dismissal\" (\"owner_organisation_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2df8c9724046dfe880250e71d6\" ON \"partner_suggestion_dismissal\" (\"organisation_id\", \"suggested_organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"partner_suggestion_dismissal\" ADD CONSTRAINT \"FK_9b8ae70cf5a50083f07f4ea9278\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_suggestion_dismissal\" ADD CONSTRAINT \"FK_e28af2495879368a7b48ae9ed5d\" FOREIGN KEY (\"suggested_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query('ALTER TABLE "partner_suggestion_dismissal" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY cg_request_access ON "partner_suggestion_dismissal" FOR ALL TO cg_request USING (${OWN}) WITH CHECK (${OWN})`);
    await queryRunner.query(
      `CREATE TRIGGER cg_write_gate BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "partner_suggestion_dismissal" FOR EACH STATEMENT EXECUTE FUNCTION cg_write_gate()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER cg_write_gate ON "partner_suggestion_dismissal"');
    await queryRunner.query('DROP POLICY cg_request_access ON "partner_suggestion_dismissal"');
    await queryRunner.query("ALTER TABLE \"partner_suggestion_dismissal\" DROP CONSTRAINT \"FK_e28af2495879368a7b48ae9ed5d\"");
    await queryRunner.query("ALTER TABLE \"partner_suggestion_dismissal\" DROP CONSTRAINT \"FK_9b8ae70cf5a50083f07f4ea9278\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2df8c9724046dfe880250e71d6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7dc419c0ffa46a1d93330c6aa5\"");
    await queryRunner.query("DROP TABLE \"partner_suggestion_dismissal\"");
  }
}
