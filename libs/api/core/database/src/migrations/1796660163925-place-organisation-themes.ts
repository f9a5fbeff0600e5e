import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, the directory filtered by a theme inside a region. place_organisation (migration
// PlaceOrganisation) gave a place's candidates in name order, but its definer function hands over
// every candidate of the place (27,862 for the largest region) before the page judges them, and a
// theme filter kept the general plan (53× its floor). Here each row also carries its organisation's
// themes, with a GIN index on (place_id, themes) (btree_gin), so cg_place_organisations_themed finds
// the place's organisations with a theme straight from the index: as many rows as match (none for a
// theme nobody has), never a walk of the place in name order hoping to meet them.

/** The rows of the organisations whose ids `where` selects (alias `o`), as PlaceOrganisation made them, with or without themes. */
const rows = (where: string, themes: boolean) => `
  SELECT a.id AS place_id, o.name_key, o.id AS organisation_id, array_agg(DISTINCT q.id ORDER BY q.id) AS via_places${themes ? ', o.themes' : ''}
    FROM organisation o
    JOIN LATERAL (SELECT o.home_place_id AS id
                  UNION SELECT op.place_id FROM organisation_place op WHERE op.organisation_id = o.id) v ON v.id IS NOT NULL
    JOIN place q ON q.id = v.id
    JOIN place a ON a.path @> q.path
   WHERE o.archived_at IS NULL AND ${where}
   GROUP BY a.id, o.name_key, o.id`;

/** The table's rows as they stand now, for a recount (tests). */
export const PLACE_ORGANISATION_ROWS = (where: string) => rows(where, true);

const columns = (themes: boolean) => `place_id, name_key, organisation_id, via_places${themes ? ', themes' : ''}`;

// As PlaceOrganisation's (same locks), writing the themes too.
const REFRESH = (themes: boolean) => `CREATE OR REPLACE FUNCTION cg_place_organisation_refresh(orgs uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF orgs IS NULL OR cardinality(orgs) = 0 THEN RETURN; END IF;
    IF cardinality(orgs) > 256 THEN
      PERFORM pg_advisory_xact_lock(1886151023, 0);
    ELSE
      PERFORM pg_advisory_xact_lock_shared(1886151023, 0);
      PERFORM pg_advisory_xact_lock(1886151023, l.k)
         FROM (SELECT DISTINCT hashtext(x::text) AS k FROM unnest(orgs) x) l ORDER BY l.k;
    END IF;
    DELETE FROM place_organisation WHERE organisation_id = ANY(orgs);
    INSERT INTO place_organisation (${columns(themes)}) ${rows('o.id = ANY(orgs)', themes)};
  END $$`;

const REBUILD = (themes: boolean) => `CREATE OR REPLACE FUNCTION cg_place_organisation_rebuild() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(1886151023, 0);
    DELETE FROM place_organisation;
    INSERT INTO place_organisation (${columns(themes)}) ${rows('TRUE', themes)};
  END $$`;

// A change of themes now moves an organisation's rows too (most edits still change none of these).
const ON_ORGANISATION = (
  themes: boolean,
) => `CREATE OR REPLACE FUNCTION cg_place_organisation_of_organisation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN DELETE FROM place_organisation; RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT id FROM new_rows WHERE archived_at IS NULL));
    ELSIF TG_OP = 'DELETE' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT id FROM old_rows));
    ELSE PERFORM cg_place_organisation_refresh(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.name_key, o.home_place_id, o.archived_at IS NULL${themes ? ', o.themes' : ''})
             IS DISTINCT FROM (n.name_key, n.home_place_id, n.archived_at IS NULL${themes ? ', n.themes' : ''})));
    END IF;
    RETURN NULL;
  END $$`;

// The candidates inside `places` (judged by the caller's place policy) and the combined authorities'
// member councils whose themes overlap `any_of` and contain `all_of` (a null list asks nothing), each
// once, with the places of its own that put it there. Ids and keys only, as cg_place_organisations, and
// no more than cg_match_organisation_themes already tells. Unordered: the caller sorts them (it cannot
// know a function's order), and a bitmap scan of the GIN index gives them in no order anyway.
export const THEMED = `CREATE FUNCTION cg_place_organisations_themed(places uuid[], any_of text[], all_of text[])
  RETURNS TABLE (name_key text, organisation_id uuid, via_places uuid[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET max_parallel_workers_per_gather = 0
  ROWS 500 AS $$
  DECLARE
    keys uuid[] := places || ARRAY(SELECT cam.member_place_id FROM combined_authority_member cam
                                    WHERE cam.combined_authority_id = ANY(places));
    -- Only the conditions asked for, so the index serves each (a "$2 IS NULL OR …" would hide them from it).
    themed text := concat_ws(' AND ', CASE WHEN any_of IS NOT NULL THEN 'po.themes && $2' END,
                                      CASE WHEN all_of IS NOT NULL THEN 'po.themes @> $3' END, 'TRUE');
  BEGIN
    IF cardinality(keys) = 1 THEN
      RETURN QUERY EXECUTE 'SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
        WHERE po.place_id = $1[1] AND ' || themed USING keys, any_of, all_of;
    ELSE
      RETURN QUERY EXECUTE 'SELECT po.name_key, po.organisation_id, array_agg(DISTINCT v ORDER BY v)
        FROM place_organisation po CROSS JOIN LATERAL unnest(po.via_places) v
        WHERE po.place_id = ANY($1) AND ' || themed || ' GROUP BY po.name_key, po.organisation_id'
        USING keys, any_of, all_of;
    END IF;
  END $$`;

const SIGNATURE = 'cg_place_organisations_themed(uuid[], text[], text[])';

export class PlaceOrganisationThemes1796660163925 implements MigrationInterface {
  name = 'PlaceOrganisationThemes1796660163925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    await queryRunner.query(`ALTER TABLE place_organisation ADD COLUMN themes text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(REFRESH(true));
    await queryRunner.query(REBUILD(true));
    await queryRunner.query(ON_ORGANISATION(true));
    await queryRunner.query(THEMED);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO cg_request`);

    // Written again rather than updated: an UPDATE of 1.4 million rows left the table and its key
    // twice their size. No write between the rebuild and the trigger now watching themes; the rows in
    // the key's order, the keys built after (one sort each), as PlaceOrganisation did.
    await queryRunner.query('LOCK TABLE organisation, organisation_place, place IN SHARE MODE');
    await queryRunner.query('ALTER TABLE place_organisation DROP CONSTRAINT place_organisation_key');
    await queryRunner.query('DROP INDEX place_organisation_by_organisation');
    await queryRunner.query('TRUNCATE place_organisation');
    await queryRunner.query(`INSERT INTO place_organisation (${columns(true)})
      SELECT * FROM (${rows('TRUE', true)}) r ORDER BY r.place_id, r.name_key, r.organisation_id`);
    await queryRunner.query(`ALTER TABLE place_organisation ADD CONSTRAINT place_organisation_key
      PRIMARY KEY (place_id, name_key, organisation_id) INCLUDE (via_places)`);
    await queryRunner.query('CREATE INDEX place_organisation_by_organisation ON place_organisation (organisation_id)');
    await queryRunner.query(
      'CREATE INDEX place_organisation_themes ON place_organisation USING gin (place_id, themes)',
    );
    await queryRunner.query('ANALYZE place_organisation');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${SIGNATURE}`);
    await queryRunner.query(ON_ORGANISATION(false));
    await queryRunner.query(REBUILD(false));
    await queryRunner.query(REFRESH(false));
    await queryRunner.query('DROP INDEX place_organisation_themes');
    await queryRunner.query('ALTER TABLE place_organisation DROP COLUMN themes');
  }
}
