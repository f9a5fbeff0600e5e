import { RelationshipEntity } from '@cg/api/core/database';
import { RelationshipType } from '@cg/shared/domain';
import { IsNull } from 'typeorm';
import { CsvKindSpec, mentioned, PendingMatch, reference } from './kind-spec';
import { orgRef, ownedBy } from './org-ref-sql';

/** Typed ties between organisations, recognised again by their two ends and type. */
export const RELATIONSHIPS: CsvKindSpec<RelationshipEntity> = {
  kind: 'relationships',
  entity: RelationshipEntity,
  fields: [
    { name: 'from', label: 'From organisation', required: true, hint: 'org-id or name' },
    { name: 'to', label: 'To organisation', required: true, hint: 'org-id or name' },
    { name: 'type', label: 'Type', required: true, hint: Object.values(RelationshipType).join(', ') },
    { name: 'directed', label: 'Directed', hint: 'yes or no' },
    { name: 'fromDate', label: 'From date', hint: 'dd/mm/yyyy' },
    { name: 'toDate', label: 'To date', hint: 'dd/mm/yyyy' },
    { name: 'strength', label: 'Strength', hint: '1 to 5' },
    { name: 'trust', label: 'Trust', hint: '1 to 4' },
    { name: 'value', label: 'Value', hint: '1 to 4' },
    { name: 'notes', label: 'Notes' },
  ],
  async read(r, { refs }) {
    const pending: PendingMatch[] = [];
    const from = await reference(r, refs, pending, 'from', 'organisation', true);
    const to = await reference(r, refs, pending, 'to', 'organisation', true);
    if (from && to && from === to)
      r.fail('to', 'is the same organisation as from; a relationship joins two organisations');
    const type = r.choice('type', RelationshipType, { required: true });
    const fromDate = r.day('fromDate');
    const toDate = r.day('toDate');
    if (fromDate && toDate && toDate < fromDate) r.fail('toDate', `${toDate} is before fromDate ${fromDate}`);
    return {
      values: mentioned({
        fromOrganisationId: from ?? undefined,
        toOrganisationId: to ?? undefined,
        type: type ?? undefined,
        directed: r.yesNo('directed') ?? undefined,
        fromDate,
        toDate,
        strength: r.number('strength', { whole: true, min: 1, max: 5 }) ?? undefined,
        trust: r.number('trust', { whole: true, min: 1, max: 4 }),
        value: r.number('value', { whole: true, min: 1, max: 4 }),
        notes: r.text('notes', { max: 5000 }),
      }),
      pending,
      label: `${r.raw('from') ?? ''} → ${r.raw('to') ?? ''}`,
    };
  },
  find(m, { values }) {
    return m.findOne(RelationshipEntity, {
      where: {
        fromOrganisationId: values.fromOrganisationId,
        toOrganisationId: values.toOrganisationId,
        type: values.type,
        archivedAt: IsNull(),
      },
    });
  },
  batchKeys: ({ values }) => [`${values.fromOrganisationId}|${values.toOrganisationId}|${values.type}`],
  exportSql: `SELECT ${orgRef('r.from_organisation_id')} AS "from", ${orgRef('r.to_organisation_id')} AS "to", r.type,
      CASE WHEN r.directed THEN 'yes' ELSE 'no' END AS directed, r.from_date::text AS "fromDate", r.to_date::text AS "toDate",
      r.strength, r.trust, r.value, r.notes, r.visibility
    FROM relationship r WHERE r.archived_at IS NULL AND ${ownedBy('r')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`,
};
