import { MigrationInterface, QueryRunner } from 'typeorm';
import { TIE_POSITIONS_BY_TABLE } from './1796643520712-network-tie-source';

// The subgraph's rows of network_tie_source in one pass over its index rather than one probe per
// organisation (issue #13). `a = ANY(members)` lets PostgreSQL 17 walk the index once with the
// members sorted, reading each leaf page once: a region's 27,862 probes touched 117,000 buffers,
// the one pass 31,000, and the pairing took 1.1-1.2 s against 1.7-3.0 s (as the owner, load 12).
// Same columns and rows as TIE_POSITIONS_BY_TABLE.
export const TIE_POSITIONS_BY_INDEX_PASS = `CREATE OR REPLACE FUNCTION cg_subgraph_tie_positions(p_members uuid[], p_from date, p_to date)
  RETURNS TABLE (tie_kind text, a int, b int, record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 100000 AS $fn$
  #variable_conflict use_column
  BEGIN
    RETURN QUERY
    WITH pos AS MATERIALIZED (
      SELECT u.id, (min(u.n) - 1)::int AS pos FROM unnest(p_members) WITH ORDINALITY u(id, n) GROUP BY u.id)
    SELECT s.tie_kind, pa.pos, pb.pos, s.record_id, s.group_id, s.a_link, s.b_link, s.b_link_kind
      FROM network_tie_source s
      JOIN pos pa ON pa.id = s.a
      JOIN pos pb ON pb.id = s.b
     WHERE s.a = ANY(p_members)
       AND (p_from IS NULL OR s.to_date IS NULL OR s.to_date >= p_from)
       AND (p_to IS NULL OR s.from_date IS NULL OR s.from_date <= p_to);
  END $fn$`;

export class TiePairingOneIndexPass1796649850703 implements MigrationInterface {
  name = 'TiePairingOneIndexPass1796649850703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TIE_POSITIONS_BY_INDEX_PASS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TIE_POSITIONS_BY_TABLE);
  }
}
