import { defineLoader } from '@cg/api/core/graphql';

/**
 * Live records linked to places in or under the given ones, readable by the reader (row-level
 * security applies to the link, the record and the place). One query fetches the links below the
 * places' deepest common ancestor (one GiST-indexed `<@`); counting up the tree is then done here,
 * walking each link's ancestors. A join of every place with its descendants under row-level
 * security took 30 s for 3,268 LSOAs; this takes a fraction of a second.
 */
const linksUnder = (link: string, record: string, foreignKey: string, live: string) =>
  `SELECT DISTINCT l.${foreignKey} AS record, d.path::text AS path
     FROM ${link} l
     JOIN ${record} r ON r.id = l.${foreignKey} AND r.archived_at IS NULL AND ${live}
     JOIN place d ON d.id = l.place_id
    WHERE d.path <@ $1::ltree`;

const PARTNERSHIPS_SQL = linksUnder('partnership_place', 'partnership', 'partnership_id', `r.status <> 'CLOSED'`);
const PROJECTS_SQL = linksUnder(
  'project_place',
  'project',
  'project_id',
  `r.status IN ('PLANNED', 'ACTIVE', 'PAUSED')`,
);

/** The longest path every one of `paths` lies within (labels in common from the root). */
function commonAncestor(paths: string[]): string {
  let common = paths[0].split('.');
  for (const path of paths) {
    const labels = path.split('.');
    let same = 0;
    while (same < common.length && same < labels.length && common[same] === labels[same]) same++;
    common = common.slice(0, same);
  }
  // Places with no common root (two countries): an empty ltree lies above every path.
  return common.join('.');
}

function counter(name: string, sql: string) {
  return defineLoader<string, number>(name, (db) => async (ids) => {
    // A combined authority's member councils count as inside it (they are not under it in the path).
    const places: { id: string; path: string }[] = await db.query(
      `SELECT id, path::text AS path FROM place WHERE id = ANY($1)
       UNION ALL
       SELECT cam.combined_authority_id, m.path::text FROM combined_authority_member cam
         JOIN place m ON m.id = cam.member_place_id WHERE cam.combined_authority_id = ANY($1)`,
      [[...ids]],
    );
    if (places.length === 0) return ids.map(() => 0);
    const links: { record: string; path: string }[] = await db.query(sql, [
      commonAncestor(places.map((place) => place.path)),
    ]);
    const placesByPath = new Map<string, string[]>();
    for (const place of places) placesByPath.set(place.path, [...(placesByPath.get(place.path) ?? []), place.id]);
    const records = new Map<string, Set<string>>();
    for (const link of links) {
      const labels = link.path.split('.');
      for (let depth = 1; depth <= labels.length; depth++) {
        for (const place of placesByPath.get(labels.slice(0, depth).join('.')) ?? []) {
          const set = records.get(place) ?? new Set<string>();
          set.add(link.record);
          records.set(place, set);
        }
      }
    }
    return ids.map((id) => records.get(id)?.size ?? 0);
  });
}

/** Partnerships not closed, in or under each place. */
export const livePartnershipsUnderPlace = counter('livePartnershipsUnderPlace', PARTNERSHIPS_SQL);
/** Projects planned, active or paused, in or under each place. */
export const liveProjectsUnderPlace = counter('liveProjectsUnderPlace', PROJECTS_SQL);
