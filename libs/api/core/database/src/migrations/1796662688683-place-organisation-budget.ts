import { MigrationInterface, QueryRunner } from 'typeorm';
import { CANDIDATES } from './1796649399122-place-organisation';
import { THEMED } from './1796660163925-place-organisation-themes';

// Issue #13, the directory inside a big place. cg_place_organisations handed over every candidate of
// the place (27,862 for the largest region, sorted and spilled to disk) before the page took 51. Now
// both definer functions take the cursor (name_key, id) and a row budget: one place is an index range
// scan from the cursor that stops at the budget. When row-level security rejects too many of them to
// fill the page, the caller asks again after the last candidate (OrganisationService's place page).
// A null budget gives every candidate after the cursor (backward pages, and the count).

// No cursor starts before every row: '' sorts first in any collation, the nil uuid first of all.
const AFTER = `(po.name_key, po.organisation_id) > (coalesce(after_key, ''), coalesce(after_id, '00000000-0000-0000-0000-000000000000'))`;

// The same in the themed function's dynamic statement (its quotes doubled), the cursor as $4 and $5.
const AFTER_DYNAMIC = `(po.name_key, po.organisation_id) > (coalesce($4, ''''), coalesce($5, ''00000000-0000-0000-0000-000000000000''))`;

// Several places (a combined authority's members): each place's first `budget` rows after the cursor
// hold every one of the first `budget` organisations of their union, so the merge is exact.
const CANDIDATES_FROM = `CREATE FUNCTION cg_place_organisations(places uuid[], after_key text, after_id uuid, budget integer)
  RETURNS TABLE (name_key text, organisation_id uuid, via_places uuid[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET max_parallel_workers_per_gather = 0
  ROWS 200 AS $$
  #variable_conflict use_column
  DECLARE
    keys uuid[] := places || ARRAY(SELECT cam.member_place_id FROM combined_authority_member cam
                                    WHERE cam.combined_authority_id = ANY(places));
  BEGIN
    IF cardinality(keys) = 1 THEN
      RETURN QUERY SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
        WHERE po.place_id = keys[1] AND ${AFTER} ORDER BY po.name_key, po.organisation_id LIMIT budget;
    ELSE
      RETURN QUERY SELECT r.name_key, r.organisation_id, array_agg(DISTINCT v ORDER BY v)
        FROM unnest(keys) k(id) CROSS JOIN LATERAL (
          SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
           WHERE po.place_id = k.id AND ${AFTER} ORDER BY po.name_key, po.organisation_id LIMIT budget) r
        CROSS JOIN LATERAL unnest(r.via_places) v
        GROUP BY r.name_key, r.organisation_id ORDER BY r.name_key, r.organisation_id LIMIT budget;
    END IF;
  END $$`;

// With themes, in order too: the planner picks per call (EXECUTE plans with the values) between the
// key's range filtered by theme (a common theme fills the budget early) and the GIN index then a
// top-N sort of its matches (a rare theme, or one nobody has).
const THEMED_FROM = `CREATE FUNCTION cg_place_organisations_themed(places uuid[], any_of text[], all_of text[],
    after_key text, after_id uuid, budget integer)
  RETURNS TABLE (name_key text, organisation_id uuid, via_places uuid[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET max_parallel_workers_per_gather = 0
  ROWS 200 AS $$
  DECLARE
    keys uuid[] := places || ARRAY(SELECT cam.member_place_id FROM combined_authority_member cam
                                    WHERE cam.combined_authority_id = ANY(places));
    -- Only the conditions asked for, so the index serves each (a "$2 IS NULL OR …" would hide them from it).
    themed text := concat_ws(' AND ', CASE WHEN any_of IS NOT NULL THEN 'po.themes && $2' END,
                                      CASE WHEN all_of IS NOT NULL THEN 'po.themes @> $3' END, 'TRUE');
  BEGIN
    IF cardinality(keys) = 1 THEN
      RETURN QUERY EXECUTE 'SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
        WHERE po.place_id = $1[1] AND ' || themed || ' AND ${AFTER_DYNAMIC}
        ORDER BY po.name_key, po.organisation_id LIMIT $6' USING keys, any_of, all_of, after_key, after_id, budget;
    ELSE
      RETURN QUERY EXECUTE 'SELECT r.name_key, r.organisation_id, array_agg(DISTINCT v ORDER BY v)
        FROM unnest($1) k(id) CROSS JOIN LATERAL (
          SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
           WHERE po.place_id = k.id AND ' || themed || ' AND ${AFTER_DYNAMIC}
           ORDER BY po.name_key, po.organisation_id LIMIT $6) r
        CROSS JOIN LATERAL unnest(r.via_places) v
        GROUP BY r.name_key, r.organisation_id ORDER BY r.name_key, r.organisation_id LIMIT $6'
        USING keys, any_of, all_of, after_key, after_id, budget;
    END IF;
  END $$`;

const OLD = ['cg_place_organisations(uuid[])', 'cg_place_organisations_themed(uuid[], text[], text[])'];
const NEW = [
  'cg_place_organisations(uuid[], text, uuid, integer)',
  'cg_place_organisations_themed(uuid[], text[], text[], text, uuid, integer)',
];

export class PlaceOrganisationBudget1796662688683 implements MigrationInterface {
  name = 'PlaceOrganisationBudget1796662688683';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const fn of OLD) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(CANDIDATES_FROM);
    await queryRunner.query(THEMED_FROM);
    await grantToRequests(queryRunner, NEW);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of NEW) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(CANDIDATES);
    await queryRunner.query(THEMED);
    await grantToRequests(queryRunner, OLD);
  }
}

/** Ids and keys only, for requests to judge by the row policies: nobody else runs them. */
async function grantToRequests(queryRunner: QueryRunner, signatures: string[]): Promise<void> {
  for (const fn of signatures) {
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO cg_request`);
  }
}
