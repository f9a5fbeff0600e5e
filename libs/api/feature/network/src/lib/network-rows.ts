import { membershipHeldSql, tieHeldOnSql } from '@cg/api/core/database';
import { organisationIdsWithinSql } from '@cg/api/core/graphql';
import { TieKind } from '@cg/shared/domain';
import { NodeRow } from './network.compute';
import { NetworkFilter } from './network.types';
import { SUBGRAPH_TIES_SQL } from './subgraph-ties.sql';
import {
  columnsFromPositioned,
  columnsFromRows,
  keepTies,
  PositionedTieRow,
  renumberKept,
  TieColumns,
  TieRow,
} from './tie-columns';

/** Normalized filter: the cache key, and what the queries read. */
export interface NormalizedFilter {
  withinPlace: string | null;
  themes: string[] | null;
  partnership: string | null;
  funder: string | null;
  kinds: TieKind[] | null;
  from: string | null;
  to: string | null;
  organisation: string | null;
  asAt: string | null;
}

export function normalize(filter: NetworkFilter | null | undefined): NormalizedFilter {
  const list = <T extends string>(values: T[] | null | undefined) =>
    values?.length ? [...new Set(values)].sort() : null;
  return {
    withinPlace: filter?.withinPlace ?? null,
    themes: list(filter?.themes),
    partnership: filter?.partnership ?? null,
    funder: filter?.funder ?? null,
    kinds: list(filter?.kinds),
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    organisation: filter?.organisation ?? null,
    asAt: filter?.asAt ?? null,
  };
}

// $5, the as-at day: existed says whether the record had been entered by then (see existingOn).
export const NODES_SQL = `
SELECT o.id, o.name, o.sector::text AS sector, coalesce(o.created_at < $5::date + 1, true) AS existed
  FROM organisation o
 WHERE o.archived_at IS NULL
   -- The organisations at home in or serving the place or a place inside it, as an array so the
   -- organisations are read by primary key (under row-level security the planner guessed 43 of a
   -- county's 7,451 ids for an IN (…) and scanned all 200,000). The tree walk runs on the GiST
   -- index as the owner (cg_places_inside): as the request, the ltree <@ (not leakproof) was tested
   -- after the policy on every place. Places and organisations are still judged by their policies.
   AND ($1::uuid IS NULL OR o.id = ANY(${organisationIdsWithinSql('ARRAY[$1::uuid]')}))
   AND ($2::text[] IS NULL OR o.themes && $2::text[])
   AND ($3::uuid IS NULL OR EXISTS (
         SELECT 1 FROM partnership_membership m
          WHERE m.partnership_id = $3 AND m.organisation_id = o.id AND ${membershipHeldSql('m', 'coalesce($5::date, current_date)')}))
   AND ($4::uuid IS NULL OR o.id = $4 OR EXISTS (
         SELECT 1 FROM organisation_tie t
          WHERE t.organisation_id = $4 AND t.other_organisation_id = o.id AND t.kind = 'FUNDING' AND t.outgoing))
 ORDER BY lower(o.name), o.id`;

// Each record once: directed kinds from the end where they start, the others from the lower id.
// The date window keeps ties whose record (relationship, partnership, project, grant) overlaps it;
// $5, the as-at day, keeps ties that held on that day (memberships included).
export const TIES_SQL = `
SELECT t.organisation_id AS a, t.other_organisation_id AS b, t.kind,
       CASE t.kind WHEN 'RELATIONSHIP' THEN coalesce(t.strength, 1)::float8
                   WHEN 'FUNDING' THEN coalesce(t.amount, 0)::float8
                   ELSE 1 END AS weight,
       t.trust, t.value
  FROM organisation_tie t
  LEFT JOIN relationship r ON t.kind = 'RELATIONSHIP' AND r.id = t.via_id
  LEFT JOIN partnership pa ON t.kind = 'CO_MEMBERSHIP' AND pa.id = t.via_id
  LEFT JOIN project pr ON t.kind = 'JOINT_PROJECT' AND pr.id = t.via_id
  LEFT JOIN funding f ON t.kind = 'FUNDING' AND f.id = t.via_id
 WHERE (CASE WHEN t.kind IN ('RELATIONSHIP', 'FUNDING') THEN t.outgoing ELSE t.organisation_id < t.other_organisation_id END)
   AND ($1::uuid[] IS NULL OR (t.organisation_id = ANY($1::uuid[]) AND t.other_organisation_id = ANY($1::uuid[])))
   AND ($2::text[] IS NULL OR t.kind = ANY($2::text[]))
   AND ($3::date IS NULL OR coalesce(r.to_date, pa.end_date, pr.end_date, f.period_end) IS NULL
        OR coalesce(r.to_date, pa.end_date, pr.end_date, f.period_end) >= $3::date)
   AND ($4::date IS NULL OR coalesce(r.from_date, pa.start_date, pr.start_date, f.period_start, f.award_date) IS NULL
        OR coalesce(r.from_date, pa.start_date, pr.start_date, f.period_start, f.award_date) <= $4::date)
   AND ($5::date IS NULL OR ${tieHeldOnSql('t', '$5::date')})`;

/**
 * The organisations of the network as at a day: those whose record had been entered by then, and
 * those that took part in a tie that held then. Imports bring years of dated history in at once,
 * so the day a record was entered alone would hide organisations that were active long before.
 * With no as-at day every row has \`existed\` and all are kept. The ties' ends are positions in
 * `rows`, and come back renumbered for the organisations kept.
 */
export function existingOn(
  rows: readonly (NodeRow & { existed: boolean })[],
  ties: TieColumns,
  alsoTied?: Uint8Array,
): { nodes: NodeRow[]; ties: TieColumns } {
  const keep = new Uint8Array(rows.length);
  rows.forEach((row, i) => (keep[i] = row.existed || alsoTied?.[i] ? 1 : 0));
  for (let i = 0; i < ties.a.length; i++) keep[ties.a[i]] = keep[ties.b[i]] = 1;
  const nodes = rows.filter((_, i) => keep[i]).map(({ id, name, sector }) => ({ id, name, sector }));
  // Every tied organisation is kept, so the ties need renumbering only when some were dropped.
  return { nodes, ties: nodes.length === rows.length ? ties : keepTies(ties, renumberKept(keep)) };
}

/** Runs one statement with parameters and returns its rows (TypeORM's DataSource.query, or pg's). */
export type RunQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * The organisations and tie records of the network a filter describes, read as the caller may see
 * them; the ties as columns whose ends are positions in the organisations.
 */
export async function loadNetworkRows(
  query: RunQuery,
  filter: NormalizedFilter,
): Promise<{ nodes: NodeRow[]; ties: TieColumns }> {
  const rows = await query<NodeRow & { existed: boolean }>(NODES_SQL, [
    filter.withinPlace,
    filter.themes,
    filter.partnership,
    filter.funder,
    filter.asAt,
  ]);
  const restricted = Boolean(filter.withinPlace || filter.themes || filter.partnership || filter.funder);
  if (restricted) {
    // A part of the country: its ties from its own records only, their ends as positions in rows.
    const positioned = await query<PositionedTieRow>(SUBGRAPH_TIES_SQL, [
      rows.map((n) => n.id),
      filter.kinds,
      filter.from,
      filter.to,
      filter.asAt,
    ]);
    return existingOn(rows, columnsFromPositioned(positioned));
  }
  // The whole country: the view, its ends found by uuid. A tie to an organisation not read is
  // dropped, but still counts its other end as tied on the as-at day.
  const viewTies = await query<TieRow>(TIES_SQL, [null, filter.kinds, filter.from, filter.to, filter.asAt]);
  const position = new Map(rows.map((n, i) => [n.id, i]));
  const tied = new Uint8Array(rows.length);
  for (const tie of viewTies) {
    for (const end of [position.get(tie.a), position.get(tie.b)]) if (end !== undefined) tied[end] = 1;
  }
  return existingOn(rows, columnsFromRows(position, viewTies), tied);
}
