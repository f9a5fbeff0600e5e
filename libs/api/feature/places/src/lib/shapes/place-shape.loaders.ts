import { defineLoader } from '@cg/api/core/graphql';

/**
 * Live partnerships (not closed) and live projects (planned, active or paused) in or under each
 * place, that the reader may see (row-level security), in one query per kind for the whole map.
 */
const countUnder = (link: string, record: string, foreignKey: string, live: string) =>
  `SELECT s.id, count(DISTINCT l.${foreignKey})::int AS count
     FROM place s
     JOIN place d ON d.path <@ s.path
     JOIN ${link} l ON l.place_id = d.id
     JOIN ${record} r ON r.id = l.${foreignKey} AND r.archived_at IS NULL AND ${live}
    WHERE s.id = ANY($1)
    GROUP BY s.id`;

const PARTNERSHIPS_SQL = countUnder('partnership_place', 'partnership', 'partnership_id', `r.status <> 'CLOSED'`);
const PROJECTS_SQL = countUnder(
  'project_place',
  'project',
  'project_id',
  `r.status IN ('PLANNED', 'ACTIVE', 'PAUSED')`,
);

function counter(name: string, sql: string) {
  return defineLoader<string, number>(name, (db) => async (ids) => {
    const rows: { id: string; count: number }[] = await db.query(sql, [[...ids]]);
    const counts = new Map(rows.map((row) => [row.id, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

export const livePartnershipsUnderPlace = counter('livePartnershipsUnderPlace', PARTNERSHIPS_SQL);
export const liveProjectsUnderPlace = counter('liveProjectsUnderPlace', PROJECTS_SQL);
