import { MeasurementEntity } from '@cg/api/core/database';
import { IsNull } from 'typeorm';
import { CsvKindSpec, mentioned, PendingMatch, reference, unclaimed } from './kind-spec';
import { namedRef, ownedBy } from './org-ref-sql';

/** Readings of indicators, recognised again by indicator, date and place. */
export const MEASUREMENTS: CsvKindSpec<MeasurementEntity> = {
  kind: 'measurements',
  entity: MeasurementEntity,
  fields: [
    { name: 'indicator', label: 'Indicator', required: true, hint: 'its name' },
    { name: 'value', label: 'Value', required: true },
    { name: 'date', label: 'Date', required: true, hint: 'dd/mm/yyyy' },
    { name: 'place', label: 'Place', hint: 'GSS code such as E08000009' },
    { name: 'source', label: 'Source' },
    { name: 'note', label: 'Note' },
  ],
  async read(r, { refs }) {
    const pending: PendingMatch[] = [];
    const indicatorId = await reference(r, refs, pending, 'indicator', 'indicator', true);
    const date = r.day('date', { required: true });
    return {
      values: mentioned({
        indicatorId: indicatorId ?? undefined,
        value: r.number('value', { required: true }) ?? undefined,
        date: date ?? undefined,
        placeId: await reference(r, refs, pending, 'place', 'place'),
        source: r.text('source', { max: 500 }),
        note: r.text('note', { max: 5000 }),
      }),
      pending,
      label: `${r.raw('indicator') ?? ''} on ${date ?? ''}`,
    };
  },
  find(m, { values }, owner, claimed) {
    return m.findOne(MeasurementEntity, {
      order: { createdAt: 'ASC', id: 'ASC' },
      where: {
        ...unclaimed(claimed),
        ownerOrganisationId: owner,
        indicatorId: values.indicatorId,
        date: values.date,
        placeId: values.placeId ?? IsNull(),
        archivedAt: IsNull(),
      },
    });
  },
  exportSql: `SELECT ${namedRef('indicator', 'i')} AS indicator, m.value, m.date::text AS date, pl.code AS place, m.source, m.note, m.visibility
    FROM measurement m JOIN indicator i ON i.id = m.indicator_id LEFT JOIN place pl ON pl.id = m.place_id
    WHERE m.archived_at IS NULL AND ${ownedBy('m')} ORDER BY 1, 2, 3, 4, 5, 6, 7`,
};
