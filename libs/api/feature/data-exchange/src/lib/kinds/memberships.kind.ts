import { PartnershipMembershipEntity } from '@cg/api/core/database';
import { PartnerRole } from '@cg/shared/domain';
import { CsvKindSpec, mentioned, PendingMatch, reference } from './kind-spec';
import { namedRef, orgRef, ownedBy } from './org-ref-sql';

/** Organisations' memberships of partnerships, recognised again by the pair (one membership each). */
export const MEMBERSHIPS: CsvKindSpec<PartnershipMembershipEntity> = {
  kind: 'memberships',
  entity: PartnershipMembershipEntity,
  fields: [
    { name: 'partnership', label: 'Partnership', required: true, hint: 'its name' },
    { name: 'organisation', label: 'Organisation', required: true, hint: 'org-id or name' },
    { name: 'role', label: 'Role', required: true, hint: Object.values(PartnerRole).join(', ') },
    { name: 'fromDate', label: 'From date', hint: 'dd/mm/yyyy' },
    { name: 'toDate', label: 'To date', hint: 'dd/mm/yyyy' },
    { name: 'decisionSeat', label: 'Decision seat', hint: 'yes or no' },
    { name: 'cashContribution', label: 'Cash contribution (£)' },
    { name: 'inKindContribution', label: 'In-kind contribution (£)' },
    { name: 'inKindDescription', label: 'In-kind description' },
  ],
  async read(r, { refs }) {
    const pending: PendingMatch[] = [];
    const partnershipId = await reference(r, refs, pending, 'partnership', 'partnership', true);
    const organisationId = await reference(r, refs, pending, 'organisation', 'organisation', true);
    const fromDate = r.day('fromDate');
    const toDate = r.day('toDate');
    if (fromDate && toDate && toDate < fromDate) r.fail('toDate', `${toDate} is before fromDate ${fromDate}`);
    return {
      values: mentioned({
        partnershipId: partnershipId ?? undefined,
        organisationId: organisationId ?? undefined,
        role: r.choice('role', PartnerRole, { required: true }) ?? undefined,
        fromDate,
        toDate,
        decisionSeat: r.yesNo('decisionSeat') ?? undefined,
        cashContribution: r.number('cashContribution', { min: 0 }) ?? undefined,
        inKindContribution: r.number('inKindContribution', { min: 0 }) ?? undefined,
        inKindDescription: r.text('inKindDescription', { max: 1000 }),
      }),
      pending,
      label: `${r.raw('organisation') ?? ''} in ${r.raw('partnership') ?? ''}`,
    };
  },
  find(m, { values }) {
    return m.findOne(PartnershipMembershipEntity, {
      where: { partnershipId: values.partnershipId, organisationId: values.organisationId },
    });
  },
  batchKeys: ({ values }) => [`${values.partnershipId}|${values.organisationId}`],
  exportSql: `SELECT ${namedRef('partnership', 'p')} AS partnership, ${orgRef('pm.organisation_id')} AS organisation, pm.role,
      pm.from_date::text AS "fromDate", pm.to_date::text AS "toDate", CASE WHEN pm.decision_seat THEN 'yes' ELSE 'no' END AS "decisionSeat",
      pm.cash_contribution AS "cashContribution", pm.in_kind_contribution AS "inKindContribution", pm.in_kind_description AS "inKindDescription", pm.visibility
    FROM partnership_membership pm JOIN partnership p ON p.id = pm.partnership_id
    WHERE pm.archived_at IS NULL AND ${ownedBy('pm')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
};
