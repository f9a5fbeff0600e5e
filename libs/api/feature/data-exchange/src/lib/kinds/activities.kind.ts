import { ActivityEntity } from '@cg/api/core/database';
import { ActivityKind } from '@cg/shared/domain';
import { IsNull } from 'typeorm';
import { CsvKindSpec, mentioned, PendingMatch, reference, unclaimed } from './kind-spec';
import { namedRef, ownedBy } from './org-ref-sql';

/** Entries in a project's or partnership's log, recognised again by date, title and whose log. */
export const ACTIVITIES: CsvKindSpec<ActivityEntity> = {
  kind: 'activities',
  entity: ActivityEntity,
  fields: [
    { name: 'date', label: 'Date', required: true, hint: 'dd/mm/yyyy' },
    { name: 'kind', label: 'Kind', required: true, hint: Object.values(ActivityKind).join(', ') },
    { name: 'title', label: 'Title', required: true },
    { name: 'project', label: 'Project', hint: 'its name; a project or a partnership is needed' },
    { name: 'partnership', label: 'Partnership', hint: 'its name' },
    { name: 'place', label: 'Place', hint: 'GSS code such as E08000009' },
    { name: 'attendance', label: 'Attendance' },
    { name: 'notes', label: 'Notes' },
  ],
  async read(r, { refs }) {
    const pending: PendingMatch[] = [];
    const projectId = await reference(r, refs, pending, 'project', 'project');
    const partnershipId = await reference(r, refs, pending, 'partnership', 'partnership');
    if (!r.raw('project') && !r.raw('partnership'))
      r.fail('project', "give a project or a partnership: an activity belongs to one's log");
    const title = r.text('title', { required: true, max: 300 });
    const date = r.day('date', { required: true });
    return {
      values: mentioned({
        date: date ?? undefined,
        kind: r.choice('kind', ActivityKind, { required: true }) ?? undefined,
        title: title ?? undefined,
        projectId,
        partnershipId,
        placeId: await reference(r, refs, pending, 'place', 'place'),
        attendance: r.number('attendance', { whole: true, min: 0 }),
        notes: r.text('notes', { max: 10000 }),
      }),
      pending,
      label: `${title ?? ''} (${date ?? ''})`,
    };
  },
  find(m, { values }, owner, claimed) {
    return m.findOne(ActivityEntity, {
      order: { createdAt: 'ASC', id: 'ASC' },
      where: {
        ...unclaimed(claimed),
        ownerOrganisationId: owner,
        placeId: values.placeId ?? IsNull(),
        date: values.date,
        title: values.title,
        projectId: values.projectId ?? IsNull(),
        partnershipId: values.partnershipId ?? IsNull(),
        archivedAt: IsNull(),
      },
    });
  },
  exportSql: `SELECT a.date::text AS date, a.kind, a.title, ${namedRef('project', 'pr')} AS project, ${namedRef('partnership', 'ps')} AS partnership, pl.code AS place, a.attendance, a.notes, a.visibility
    FROM activity a LEFT JOIN project pr ON pr.id = a.project_id LEFT JOIN partnership ps ON ps.id = a.partnership_id
    LEFT JOIN place pl ON pl.id = a.place_id
    WHERE a.archived_at IS NULL AND ${ownedBy('a')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};
