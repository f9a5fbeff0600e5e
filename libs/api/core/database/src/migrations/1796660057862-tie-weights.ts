import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  fillTieSource,
  IDS_AND_DATES,
  replaceTieSourceTriggers,
  TIE_SOURCE_INDEXES,
  TIE_SOURCES,
  TieSourceShape,
} from './1796643520712-network-tie-source';
import { TIE_POSITIONS_BY_INDEX_PASS } from './1796649850703-tie-pairing-one-index-pass';

// Each candidate tie carries its figures (issue #13): a relationship's strength and ratings, a
// grant's amount. The request's statement then judges relationships and grants as it judges
// memberships, as hashed sets of ids read in one pass over each primary key, instead of joining
// every candidate to its record (72,652 relationship probes for the charity CEO's region) and
// judging a grant once per member it reached. The figures are read only for candidates whose
// record passed its own policy, and stay exact: the triggers already drop and remake a
// relationship's or grant's rows on every update.
const WEIGHTED: TieSourceShape = {
  columns: ', weight, trust, value',
  relationship: ', r.strength::float8, r.trust, r.value',
  funding: ', f.amount::float8, NULL::smallint, NULL::smallint',
  shared: ', NULL::float8, NULL::smallint, NULL::smallint',
};

const SIGNATURE = 'cg_subgraph_tie_positions(uuid[], date, date)';

// TIE_POSITIONS_BY_INDEX_PASS with the figures: same rows, three more columns. And planned for its
// members every time: PL/pgSQL caches the plan of its query per connection and, from the sixth call,
// may keep a generic one, which knows nothing of how many members there are; on the national
// database a county's pairing then took 31 s of CPU instead of 0.8 (each pooled connection gets
// there after five networks).
export const TIE_POSITIONS_WITH_WEIGHTS = `CREATE FUNCTION cg_subgraph_tie_positions(p_members uuid[], p_from date, p_to date)
  RETURNS TABLE (tie_kind text, a int, b int, record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text,
                 weight float8, trust int, value int)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_custom_plan
  ROWS 100000 AS $fn$
  #variable_conflict use_column
  BEGIN
    RETURN QUERY
    WITH pos AS MATERIALIZED (
      SELECT u.id, (min(u.n) - 1)::int AS pos FROM unnest(p_members) WITH ORDINALITY u(id, n) GROUP BY u.id)
    SELECT s.tie_kind, pa.pos, pb.pos, s.record_id, s.group_id, s.a_link, s.b_link, s.b_link_kind,
           s.weight, s.trust::int, s.value::int
      FROM network_tie_source s
      JOIN pos pa ON pa.id = s.a
      JOIN pos pb ON pb.id = s.b
     WHERE s.a = ANY(p_members)
       AND (p_from IS NULL OR s.to_date IS NULL OR s.to_date >= p_from)
       AND (p_to IS NULL OR s.from_date IS NULL OR s.from_date <= p_to);
  END $fn$`;

/** Swaps the pairing function for one of another row type; executable by cg_request alone. */
export async function replaceTiePositions(queryRunner: QueryRunner, create: string): Promise<void> {
  await queryRunner.query(`DROP FUNCTION ${SIGNATURE}`);
  await queryRunner.query(create);
  await queryRunner.query(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
  await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO cg_request`);
}

export class TieWeights1796660057862 implements MigrationInterface {
  name = 'TieWeights1796660057862';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No write between the old rows going and the new ones coming.
    await queryRunner.query(`LOCK TABLE ${TIE_SOURCES.join(', ')} IN SHARE MODE`);
    await queryRunner.query(
      'ALTER TABLE network_tie_source ADD COLUMN weight float8, ADD COLUMN trust smallint, ADD COLUMN value smallint',
    );
    await replaceTieSourceTriggers(queryRunner, WEIGHTED);
    // Made again rather than updated in place: an update of a third of 2.8 million rows would leave
    // as many dead ones, and break the order by first end that a subgraph's index pass relies on.
    for (const index of TIE_SOURCE_INDEXES) await queryRunner.query(`DROP INDEX network_tie_source_${index}`);
    await queryRunner.query('TRUNCATE network_tie_source');
    await fillTieSource(queryRunner, WEIGHTED);
    await replaceTiePositions(queryRunner, TIE_POSITIONS_WITH_WEIGHTS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replaceTiePositions(queryRunner, TIE_POSITIONS_BY_INDEX_PASS);
    await replaceTieSourceTriggers(queryRunner, IDS_AND_DATES);
    await queryRunner.query('ALTER TABLE network_tie_source DROP COLUMN weight, DROP COLUMN trust, DROP COLUMN value');
  }
}
