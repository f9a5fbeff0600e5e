import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #10, the trust boundary made exhaustive. Two changes to the read policies of migration
// RowLevelSecurity.
//
// 1. Funding makes a funder a partner, not an owner. Until now a funder's portfolio was
// added to the owners a request may read, so a funder read its grantees' PRIVATE records. Now
// the portfolio is a setting of its own, `cg.funded` (live funding only, see
// access-scope.service.ts), read exactly like `cg.partners`: PARTNERS records, nothing PRIVATE.
// A grant and its instalments (through their parent) are readable to both sides of it, whoever
// owns the record and whatever its visibility. (Stories need no rule of their own: every live
// story has its teller's consent, since withdrawing consent archives it.)
//
// 2. A row that joins records needs every record it joins to be readable, not only its parent: a
//    PUBLIC partnership's membership of a PRIVATE organisation, a PUBLIC activity's link to a
//    PRIVATE person. Otherwise the join shows that the hidden record exists (its id in
//    `personIds`), or names a required field the reader may not resolve.

interface Parent {
  table: string;
  column: string;
}
const ORGANISATION: Parent = { table: 'organisation', column: 'organisation_id' };
const PLACE: Parent = { table: 'place', column: 'place_id' };
const of = (table: string): Parent => ({ table, column: `${table}_id` });

/** Tables without visibility of their own: readable exactly when every record they join is (issue #10: both ends). */
const LINKS: { table: string; parents: Parent[]; before: Parent }[] = [
  { table: 'organisation_identifier', parents: [ORGANISATION], before: ORGANISATION },
  { table: 'organisation_place', parents: [ORGANISATION, PLACE], before: ORGANISATION },
  { table: 'partnership_place', parents: [of('partnership'), PLACE], before: of('partnership') },
  { table: 'project_place', parents: [of('project'), PLACE], before: of('project') },
  { table: 'project_outcome', parents: [of('project'), of('outcome')], before: of('project') },
  { table: 'activity_organisation', parents: [of('activity'), ORGANISATION], before: of('activity') },
  { table: 'activity_person', parents: [of('activity'), of('person')], before: of('activity') },
  { table: 'need_project', parents: [of('need'), of('project')], before: of('need') },
  { table: 'need_outcome', parents: [of('need'), of('outcome')], before: of('need') },
  { table: 'outcome_contributor', parents: [of('outcome'), ORGANISATION], before: of('outcome') },
  { table: 'funding_instalment', parents: [of('funding')], before: of('funding') },
];

/** Records with their own visibility and owner, and the records they join, which must be readable too. */
const RECORDS: { table: string; owner?: string; parents?: Parent[] }[] = [
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
  { table: 'partnership_membership', parents: [{ table: 'partnership', column: 'partnership_id' }, ORGANISATION] },
  { table: 'project_participant', parents: [{ table: 'project', column: 'project_id' }, ORGANISATION] },
  { table: 'affiliation', parents: [{ table: 'person', column: 'person_id' }, ORGANISATION] },
  { table: 'indicator', parents: [{ table: 'outcome', column: 'outcome_id' }] },
  { table: 'story', parents: [{ table: 'outcome', column: 'outcome_id' }] },
  { table: 'measurement', parents: [{ table: 'indicator', column: 'indicator_id' }] },
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

function parentsVisible(table: string, parents: Parent[]): string {
  return parents.map((parent) => `EXISTS (SELECT 1 FROM "${parent.table}" p WHERE p.id = "${table}"."${parent.column}")`).join(' AND ');
}

export class TrustBoundary1795455000000 implements MigrationInterface {
  name = 'TrustBoundary1795455000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner, parents } of RECORDS) {
      const own = readable(table, owner ?? 'owner_organisation_id', true);
      await this.replacePolicy(queryRunner, table, parents ? `${own} AND ${parentsVisible(table, parents)}` : own);
    }
    for (const { table, parents } of LINKS) await this.replacePolicy(queryRunner, table, parentsVisible(table, parents));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner, parents } of RECORDS) {
      const own = readable(table, owner ?? 'owner_organisation_id', false);
      await this.replacePolicy(queryRunner, table, parents ? `${own} AND ${parentsVisible(table, parents.slice(0, 1))}` : own);
    }
    for (const { table, before } of LINKS) await this.replacePolicy(queryRunner, table, parentsVisible(table, [before]));
  }

  private async replacePolicy(queryRunner: QueryRunner, table: string, rule: string): Promise<void> {
    await queryRunner.query(`DROP POLICY cg_request_access ON "${table}"`);
    await queryRunner.query(`CREATE POLICY cg_request_access ON "${table}" FOR ALL TO cg_request USING (${ADMIN} OR (${rule})) WITH CHECK (true)`);
  }
}
