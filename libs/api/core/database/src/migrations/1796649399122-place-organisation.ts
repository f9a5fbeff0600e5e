import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, the directory filtered by a county (places within places). The filter judged every
// organisation inside the place (7,451 for a county) under row-level security and then sorted them,
// where the floor walks the name order and stops after 50. place_organisation holds, for every live
// organisation, one row per place that is (or lies above) its home or a place it serves, in name
// order: a place's candidates in the directory's order are one index range. The request reads them
// through cg_place_organisations (SECURITY DEFINER, ids and keys only; no grant to cg_request) and
// judges them one at a time, in order, by the organisation and place policies, so a page stops after
// 50 visible rows (OrganisationService's place page).
//
// via_places are the organisation's own places (home or served) that put it under place_id: the
// request judges them by their policy, as the filter did, so an organisation found only through a
// place the reader may not see is still left out. One row per place and organisation, the via places
// in the index (INCLUDE), so one place's candidates are an index-only range already in order.
//
// Kept exactly by statement-level triggers with transition tables (as place_reach and record_tally
// are), in the writer's transaction: an organisation's rows are made again from its current state
// whenever its name, home, archiving or served places change; a place added, moved or deleted makes
// again the rows of the organisations at or under it. Combined authorities' members are read at query
// time (their councils sit in their regions in the tree).

/** The rows of the organisations whose ids `where` selects (alias `o`), from their current state. */
export const PLACE_ORGANISATION_ROWS = (where: string) => `
  SELECT a.id AS place_id, o.name_key, o.id AS organisation_id, array_agg(DISTINCT q.id ORDER BY q.id) AS via_places
    FROM organisation o
    JOIN LATERAL (SELECT o.home_place_id AS id
                  UNION SELECT op.place_id FROM organisation_place op WHERE op.organisation_id = o.id) v ON v.id IS NOT NULL
    JOIN place q ON q.id = v.id
    JOIN place a ON a.path @> q.path
   WHERE o.archived_at IS NULL AND ${where}
   GROUP BY a.id, o.name_key, o.id`;

// Writers of one organisation take turns: under READ COMMITTED two writers side by side (a rename
// and a new served place) would each rebuild its rows without the other's change. After the lock,
// the trigger's next statement sees what the other committed. A large rebuild (a place moved, a
// bulk import) takes the whole table's lock instead of thousands of advisory locks.
const LOCK_CLASS = 1886151023;
const LOCK_ALL = 0;
const MANY = 256;

const REFRESH = `CREATE FUNCTION cg_place_organisation_refresh(orgs uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF orgs IS NULL OR cardinality(orgs) = 0 THEN RETURN; END IF;
    IF cardinality(orgs) > ${MANY} THEN
      PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, ${LOCK_ALL});
    ELSE
      PERFORM pg_advisory_xact_lock_shared(${LOCK_CLASS}, ${LOCK_ALL});
      PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, l.k)
         FROM (SELECT DISTINCT hashtext(x::text) AS k FROM unnest(orgs) x) l ORDER BY l.k;
    END IF;
    DELETE FROM place_organisation WHERE organisation_id = ANY(orgs);
    INSERT INTO place_organisation (place_id, name_key, organisation_id, via_places)
      ${PLACE_ORGANISATION_ROWS('o.id = ANY(orgs)')};
  END $$`;

// Organisations: only a change of name, home or archiving moves their rows (most edits do not).
const ON_ORGANISATION = `CREATE FUNCTION cg_place_organisation_of_organisation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN DELETE FROM place_organisation; RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT id FROM new_rows WHERE archived_at IS NULL));
    ELSIF TG_OP = 'DELETE' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT id FROM old_rows));
    ELSE PERFORM cg_place_organisation_refresh(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.name_key, o.home_place_id, o.archived_at IS NULL) IS DISTINCT FROM (n.name_key, n.home_place_id, n.archived_at IS NULL)));
    END IF;
    RETURN NULL;
  END $$`;

// Served places: the organisations whose links changed (a deleted organisation's links cascade here too).
const ON_SERVED = `CREATE FUNCTION cg_place_organisation_of_served() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN PERFORM cg_place_organisation_rebuild(); RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT DISTINCT organisation_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN PERFORM cg_place_organisation_refresh(ARRAY(SELECT DISTINCT organisation_id FROM old_rows));
    ELSE PERFORM cg_place_organisation_refresh(ARRAY(
      SELECT organisation_id FROM old_rows UNION SELECT organisation_id FROM new_rows));
    END IF;
    RETURN NULL;
  END $$`;

/**
 * The organisations at home in, or serving, a place at or under one of `paths` (a subquery with a
 * column `path`): a GiST probe per path (the index does not serve `<@` against an array).
 */
const organisationsUnder = (paths: string) => `
  SELECT h.id FROM (${paths}) t JOIN place q ON q.path <@ t.path JOIN organisation h ON h.home_place_id = q.id
  UNION SELECT op.organisation_id FROM (${paths}) t JOIN place q ON q.path <@ t.path
    JOIN organisation_place op ON op.place_id = q.id`;

// Places: a new place may sit above organisations' places (a county imported after its wards); a
// moved one changes the places above everything under it. Only the tops of the places written count
// (a place whose parent path was written too lies in its subtree): an import that moves a council
// moves its wards and LSOAs in the same statement, and probing each of their subtrees was quadratic.
// The organisations concerned by a move are those under a moved top's new path and, from this
// table, those that were under any moved place. A deleted place's own rows go; its organisations' links cascade (or their home is set to
// null), which refreshes them through the triggers above. Most place edits change no path.
const tops = (rows: string) => `SELECT n.id, n.path FROM ${rows} n
  WHERE nlevel(n.path) = 1 OR NOT EXISTS (SELECT 1 FROM ${rows} p WHERE p.path = subpath(n.path, 0, nlevel(n.path) - 1))`;
const MOVED = `SELECT n.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path IS DISTINCT FROM n.path`;

const ON_PLACE = `CREATE FUNCTION cg_place_organisation_of_place() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN PERFORM cg_place_organisation_rebuild(); RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN PERFORM cg_place_organisation_refresh(ARRAY(${organisationsUnder(tops('new_rows'))}));
    ELSIF TG_OP = 'DELETE' THEN DELETE FROM place_organisation WHERE place_id IN (SELECT id FROM old_rows);
    ELSIF EXISTS (${MOVED}) THEN
      PERFORM cg_place_organisation_refresh(ARRAY(
        ${organisationsUnder(tops(`(${MOVED})`))}
        UNION SELECT po.organisation_id FROM place_organisation po WHERE po.place_id IN (SELECT m.id FROM (${MOVED}) m)));
    END IF;
    RETURN NULL;
  END $$`;

const REBUILD = `CREATE FUNCTION cg_place_organisation_rebuild() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, ${LOCK_ALL});
    DELETE FROM place_organisation;
    INSERT INTO place_organisation (place_id, name_key, organisation_id, via_places) ${PLACE_ORGANISATION_ROWS('TRUE')};
  END $$`;

// The candidates inside `places` (already judged by the caller's place policy) and the combined
// authorities' member councils, in the directory's order, each with the places of its own that put
// it there (for the caller to judge). Ids and keys only. One place (the usual filter) is one
// index-only range in order; several are merged (an organisation under two of them once).
export const CANDIDATES = `CREATE FUNCTION cg_place_organisations(places uuid[])
  RETURNS TABLE (name_key text, organisation_id uuid, via_places uuid[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET max_parallel_workers_per_gather = 0
  ROWS 5000 AS $$
  #variable_conflict use_column
  DECLARE
    keys uuid[] := places || ARRAY(SELECT cam.member_place_id FROM combined_authority_member cam
                                    WHERE cam.combined_authority_id = ANY(places));
  BEGIN
    IF cardinality(keys) = 1 THEN
      RETURN QUERY SELECT po.name_key, po.organisation_id, po.via_places FROM place_organisation po
        WHERE po.place_id = keys[1] ORDER BY po.name_key, po.organisation_id;
    ELSE
      RETURN QUERY SELECT po.name_key, po.organisation_id, array_agg(DISTINCT v ORDER BY v)
        FROM place_organisation po CROSS JOIN LATERAL unnest(po.via_places) v
        WHERE po.place_id = ANY(keys) GROUP BY po.name_key, po.organisation_id ORDER BY po.name_key, po.organisation_id;
    END IF;
  END $$`;

const TRIGGERS: { table: string; fn: string }[] = [
  { table: 'organisation', fn: 'cg_place_organisation_of_organisation()' },
  { table: 'organisation_place', fn: 'cg_place_organisation_of_served()' },
  { table: 'place', fn: 'cg_place_organisation_of_place()' },
];

export class PlaceOrganisation1796649399122 implements MigrationInterface {
  name = 'PlaceOrganisation1796649399122';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE place_organisation (
      place_id uuid NOT NULL, name_key text NOT NULL, organisation_id uuid NOT NULL, via_places uuid[] NOT NULL)`);
    // Ids and keys only, written by the triggers and read by the definer function, both as the owner.
    await queryRunner.query('REVOKE ALL ON place_organisation FROM PUBLIC, cg_request');
    await queryRunner.query(REFRESH);
    await queryRunner.query(REBUILD);
    await queryRunner.query(ON_ORGANISATION);
    await queryRunner.query(ON_SERVED);
    await queryRunner.query(ON_PLACE);
    await queryRunner.query(CANDIDATES);
    await queryRunner.query('REVOKE ALL ON FUNCTION cg_place_organisations(uuid[]) FROM PUBLIC');
    await queryRunner.query('GRANT EXECUTE ON FUNCTION cg_place_organisations(uuid[]) TO cg_request');
    for (const fn of ['cg_place_organisation_refresh(uuid[])', 'cg_place_organisation_rebuild()'])
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);

    // No write between the backfill and the triggers; the backfill in the index's order.
    await queryRunner.query('LOCK TABLE organisation, organisation_place, place IN SHARE MODE');
    await queryRunner.query(`INSERT INTO place_organisation (place_id, name_key, organisation_id, via_places)
      SELECT * FROM (${PLACE_ORGANISATION_ROWS('TRUE')}) r ORDER BY r.place_id, r.name_key, r.organisation_id`);
    // Built after the backfill: one sort each rather than a row-by-row insert.
    await queryRunner.query(`ALTER TABLE place_organisation ADD CONSTRAINT place_organisation_key
      PRIMARY KEY (place_id, name_key, organisation_id) INCLUDE (via_places)`);
    await queryRunner.query('CREATE INDEX place_organisation_by_organisation ON place_organisation (organisation_id)');
    await queryRunner.query('ANALYZE place_organisation');

    for (const { table, fn } of TRIGGERS) {
      await queryRunner.query(`CREATE TRIGGER cg_place_organisation_insert AFTER INSERT ON "${table}"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_place_organisation_update AFTER UPDATE ON "${table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_place_organisation_delete AFTER DELETE ON "${table}"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_place_organisation_truncate AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, fn } of TRIGGERS) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER cg_place_organisation_${event} ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('DROP FUNCTION cg_place_organisations(uuid[])');
    await queryRunner.query('DROP FUNCTION cg_place_organisation_rebuild()');
    await queryRunner.query('DROP FUNCTION cg_place_organisation_refresh(uuid[])');
    await queryRunner.query('DROP TABLE place_organisation');
  }
}
