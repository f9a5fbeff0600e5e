import { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = 'cg_subgraph_tie_ids(uuid[], date, date)';

// The ties among a set of organisations, for networks of a county or a region (issue #13).
// Paired under row-level security, the planner estimated each protected table's rows at one or
// two (the policies' selectivity is unknown to it), chose nested loops over the pairs and spent
// 40 s on a county whose ties take 2.6 s as the owner. This function finds the candidate ties
// as the owner, with true estimates, and returns ids only (which organisations, through which
// records); the API's statement (subgraph-ties.sql.ts) then judges every record behind each tie
// through its own table's row-level security, once per record, and reads weights only from rows
// the policy passed. It is executable by cg_request alone, and no GraphQL field returns its output.
export class NetworkSubgraphTieIds1796610000001 implements MigrationInterface {
  name = 'NetworkSubgraphTieIds1796610000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION ${SIGNATURE.replace('(uuid[], date, date)', '(p_members uuid[], p_from date, p_to date)')}
      RETURNS TABLE (tie_kind text, a uuid, b uuid, record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 100000 AS $fn$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
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
           AND (p_to IS NULL OR coalesce(f.period_start, f.award_date) IS NULL OR coalesce(f.period_start, f.award_date) <= p_to);
      END $fn$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO cg_request`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${SIGNATURE}`);
  }
}
