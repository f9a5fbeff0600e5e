import { MigrationInterface, QueryRunner } from 'typeorm';
import { NetworkSubgraphTieIds1796610000001 } from './1796610000001-network-subgraph-tie-ids';

const OLD_SIGNATURE = 'cg_subgraph_tie_ids(uuid[], date, date)';
const SIGNATURE = 'cg_subgraph_tie_positions(uuid[], date, date)';

/** The function's first body, pairing by scans of the record tables (exported for TieSourceTable's down and its test). */
export const TIE_POSITIONS_BY_SCAN = `CREATE FUNCTION cg_subgraph_tie_positions(p_members uuid[], p_from date, p_to date)
      RETURNS TABLE (tie_kind text, a int, b int, record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 100000 AS $fn$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        -- The pairing of NetworkSubgraphTieIds unchanged (its semi-joins hash the members against one
        -- scan of each table, where joining them by key drew 7,451 index probes per table), then each
        -- end's first position in the array.
        WITH pos AS MATERIALIZED (
          SELECT u.id, (min(u.n) - 1)::int AS pos FROM unnest(p_members) WITH ORDINALITY u(id, n) GROUP BY u.id)
        SELECT t.tie_kind, pa.pos, pb.pos, t.record_id, t.group_id, t.a_link, t.b_link, t.b_link_kind
          FROM (
          WITH m AS MATERIALIZED (SELECT DISTINCT unnest(p_members) AS id),
          -- The members' live memberships and participations, read once each and paired among themselves.
          ms AS MATERIALIZED (
            SELECT x.id, x.partnership_id, x.organisation_id FROM partnership_membership x
             WHERE x.archived_at IS NULL AND x.organisation_id IN (SELECT id FROM m)),
          ps AS MATERIALIZED (
            SELECT x.id, x.project_id, x.organisation_id FROM project_participant x
             WHERE x.archived_at IS NULL AND x.organisation_id IN (SELECT id FROM m))
          SELECT 'RELATIONSHIP'::text, r.from_organisation_id, r.to_organisation_id, r.id, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text
            FROM relationship r
           WHERE r.archived_at IS NULL
             AND r.from_organisation_id IN (SELECT id FROM m) AND r.to_organisation_id IN (SELECT id FROM m)
             AND (p_from IS NULL OR r.to_date IS NULL OR r.to_date >= p_from)
             AND (p_to IS NULL OR r.from_date IS NULL OR r.from_date <= p_to)
          UNION ALL
          SELECT 'CO_MEMBERSHIP', x.organisation_id, y.organisation_id, NULL, g.id, x.id, y.id, NULL
            FROM ms x
            JOIN ms y ON y.partnership_id = x.partnership_id AND x.organisation_id < y.organisation_id
            JOIN partnership g ON g.id = x.partnership_id AND g.archived_at IS NULL
           WHERE (p_from IS NULL OR g.end_date IS NULL OR g.end_date >= p_from)
             AND (p_to IS NULL OR g.start_date IS NULL OR g.start_date <= p_to)
          UNION ALL
          SELECT 'JOINT_PROJECT', x.organisation_id, y.organisation_id, NULL, g.id, x.id, y.id, NULL
            FROM ps x
            JOIN ps y ON y.project_id = x.project_id AND x.organisation_id < y.organisation_id
            JOIN project g ON g.id = x.project_id AND g.archived_at IS NULL
           WHERE (p_from IS NULL OR g.end_date IS NULL OR g.end_date >= p_from)
             AND (p_to IS NULL OR g.start_date IS NULL OR g.start_date <= p_to)
          UNION ALL
          SELECT 'FUNDING', f.funder_organisation_id, r.organisation_id, f.id, NULL, NULL, r.link, r.link_kind
            FROM funding f
            JOIN LATERAL (
              SELECT f.recipient_organisation_id AS organisation_id, NULL::uuid AS link, NULL::text AS link_kind
               WHERE f.recipient_organisation_id IS NOT NULL
              UNION ALL SELECT mm.organisation_id, mm.id, 'MEMBERSHIP' FROM partnership_membership mm
               WHERE mm.partnership_id = f.recipient_partnership_id AND mm.archived_at IS NULL
              UNION ALL SELECT pp.organisation_id, pp.id, 'PARTICIPANT' FROM project_participant pp
               WHERE pp.project_id = f.recipient_project_id AND pp.archived_at IS NULL
            ) r ON r.organisation_id <> f.funder_organisation_id
           WHERE f.archived_at IS NULL
             AND f.funder_organisation_id IN (SELECT id FROM m) AND r.organisation_id IN (SELECT id FROM m)
             AND (p_from IS NULL OR f.period_end IS NULL OR f.period_end >= p_from)
             AND (p_to IS NULL OR coalesce(f.period_start, f.award_date) IS NULL OR coalesce(f.period_start, f.award_date) <= p_to)
          ) t (tie_kind, a, b, record_id, group_id, a_link, b_link, b_link_kind)
          JOIN pos pa ON pa.id = t.a
          JOIN pos pb ON pb.id = t.b;
      END $fn$`;

// cg_subgraph_tie_ids, returning each tie's two organisations as their positions (0-based) in the
// members array rather than as uuids (issue #13). A county's 88,000 candidate ties carried 176,000
// uuids that pg parsed into strings and the API then hashed back into positions; now they are two
// integers, and the ties go to the network worker as typed arrays. The pairing is unchanged: the
// same rows, as the owner, ids of the records behind each tie for the request's statement to judge
// under row-level security (subgraph-ties.sql.ts). Executable by cg_request alone.
export class NetworkSubgraphTiePositions1796638370345 implements MigrationInterface {
  name = 'NetworkSubgraphTiePositions1796638370345';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TIE_POSITIONS_BY_SCAN);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO cg_request`);
    await queryRunner.query(`DROP FUNCTION ${OLD_SIGNATURE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${SIGNATURE}`);
    await new NetworkSubgraphTieIds1796610000001().up(queryRunner);
  }
}
