import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #10: funding makes a funder a partner, not an owner. Until now a funder's portfolio was
// added to the owners a request may read, so a funder read its grantees' PRIVATE records. Now
// the portfolio is a setting of its own, `cg.funded` (live funding only, see
// access-scope.service.ts), read exactly like `cg.partners`: PARTNERS records, nothing PRIVATE.
// A grant and its instalments (through their parent) are readable to both sides of it, whoever
// owns the record and whatever its visibility. (Stories need no rule of their own: every live
// story has its teller's consent, since withdrawing consent archives it.)

/** Records with their own visibility and owner, and the parent they must also be able to see. */
const RECORDS: { table: string; owner?: string; parent?: { table: string; column: string } }[] = [
  { table: 'organisation', owner: 'coalesce(owner_organisation_id, id)' },
  { table: 'place' },
  { table: 'person' },
  { table: 'partnership' },
  { table: 'project' },
  { table: 'relationship' },
  { table: 'funding' },
  { table: 'activity' },
  { table: 'need' },
  { table: 'outcome' },
  { table: 'partnership_membership', parent: { table: 'partnership', column: 'partnership_id' } },
  { table: 'project_participant', parent: { table: 'project', column: 'project_id' } },
  { table: 'affiliation', parent: { table: 'person', column: 'person_id' } },
  { table: 'indicator', parent: { table: 'outcome', column: 'outcome_id' } },
  { table: 'story', parent: { table: 'outcome', column: 'outcome_id' } },
  { table: 'measurement', parent: { table: 'indicator', column: 'indicator_id' } },
];

const ADMIN = `current_setting('cg.admin', true) = 'on'`;
const OWNERS = (setting: string) => `(SELECT unnest(current_setting('${setting}', true)::uuid[]))`;

/** Both sides of a grant read it: the funder, and the organisation, partnership or project it funds. */
const SIDES_OF_GRANT = `funder_organisation_id IN ${OWNERS('cg.readable')}
    OR recipient_organisation_id IN ${OWNERS('cg.readable')}
    OR EXISTS (SELECT 1 FROM partnership_membership m WHERE m.partnership_id = funding.recipient_partnership_id
               AND m.archived_at IS NULL AND m.organisation_id IN ${OWNERS('cg.readable')})
    OR EXISTS (SELECT 1 FROM project_participant p WHERE p.project_id = funding.recipient_project_id
               AND p.archived_at IS NULL AND p.organisation_id IN ${OWNERS('cg.readable')})`;

function readable(table: string, owner: string, funders: boolean): string {
  const partners = funders
    ? `(${owner} IN ${OWNERS('cg.partners')} OR ${owner} IN ${OWNERS('cg.funded')})`
    : `${owner} IN ${OWNERS('cg.partners')}`;
  const rule = `visibility = 'PUBLIC' OR ${owner} IN ${OWNERS('cg.readable')} OR (visibility = 'PARTNERS' AND ${partners})`;
  const sides = table === 'funding' && funders ? ` OR ${SIDES_OF_GRANT}` : '';
  return `current_setting('cg.signed_in', true) = 'on' AND (${rule}${sides})`;
}

function parentVisible(table: string, parent: string, column: string): string {
  return `EXISTS (SELECT 1 FROM "${parent}" p WHERE p.id = "${table}"."${column}")`;
}

export class FundersArePartners1795455000000 implements MigrationInterface {
  name = 'FundersArePartners1795455000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.replacePolicies(queryRunner, true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.replacePolicies(queryRunner, false);
  }

  private async replacePolicies(queryRunner: QueryRunner, funders: boolean): Promise<void> {
    for (const { table, owner, parent } of RECORDS) {
      const own = readable(table, owner ?? 'owner_organisation_id', funders);
      const rule = parent ? `${own} AND ${parentVisible(table, parent.table, parent.column)}` : own;
      await queryRunner.query(`DROP POLICY cg_request_access ON "${table}"`);
      await queryRunner.query(
        `CREATE POLICY cg_request_access ON "${table}" FOR ALL TO cg_request USING (${ADMIN} OR (${rule})) WITH CHECK (true)`,
      );
    }
  }
}
