import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, funding by IMD decile. The read spread every counted grant over every place of the
// level its recipient's places reach, in proportion to population: at LSOA level nationally 2.7
// million (grant, LSOA) shares, past the 15 s statement timeout. What a recipient place reaches
// depends on the place tree alone, so it is pre-aggregated here: for each level, each ltree prefix
// (`key`) of a place of that level, and each IMD decile (0: none), how many places of the level
// lie under the key, how many of them are the key itself, and their population. A grant then adds
// amount × population(decile, key) ÷ population(key) over its recipient's keys: ten rows per key
// instead of one per LSOA (analytics-sql.ts, fundingByDecileSql).
//
// Only places of the tree are counted here, never records: PUBLIC, live places (the official ONS
// geographies that carry deciles are imported as PUBLIC by the system). Funding, recipients and
// their places are still read by the request under row-level security, so a grant the reader may
// not see adds nothing, exactly as before. Readable by cg_request, written by the trigger alone.
//
// Maintained like record_tally: statement-level triggers with transition tables add the new rows'
// contributions and take away the old rows', in the writer's transaction. A statement that changes
// no path, level, population, decile, visibility or archiving (a boundary import) nets to zero and
// touches no row; keys are written in one order so writers cannot deadlock.

/** The contributions of the places in `rows` (a transition table or `place`), each `sign`. */
function contributions(rows: string, sign: 1 | -1): string {
  return `SELECT l.level, subpath(l.path, 0, d.depth)::text AS key, coalesce(l.imd_decile, 0)::smallint AS decile,
      ${sign} AS places, ${sign} * (d.depth = nlevel(l.path))::int AS level_places,
      ${sign} * coalesce(l.population, 0)::bigint AS population
    FROM ${rows} l CROSS JOIN LATERAL generate_series(1, nlevel(l.path)) AS d(depth)
    WHERE l.archived_at IS NULL AND l.visibility = 'PUBLIC'`;
}

function apply(changes: string): string {
  return `INSERT INTO place_reach AS r (level, key, decile, places, level_places, population)
      SELECT c.level, c.key, c.decile, sum(c.places), sum(c.level_places), sum(c.population)
        FROM (${changes}) c GROUP BY c.level, c.key, c.decile
      HAVING sum(c.places) <> 0 OR sum(c.level_places) <> 0 OR sum(c.population) <> 0
      ORDER BY c.level, c.key, c.decile
      ON CONFLICT (level, key, decile) DO UPDATE SET places = r.places + excluded.places,
        level_places = r.level_places + excluded.level_places, population = r.population + excluded.population`;
}

const REACH_FUNCTION = `CREATE FUNCTION cg_place_reach() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN ${apply(contributions('new_rows', 1))};
    ELSIF TG_OP = 'UPDATE' THEN ${apply(`${contributions('new_rows', 1)} UNION ALL ${contributions('old_rows', -1)}`)};
    ELSIF TG_OP = 'DELETE' THEN ${apply(contributions('old_rows', -1))};
    ELSE DELETE FROM place_reach;
    END IF;
    -- A key no place lies under any more is no key.
    IF TG_OP <> 'INSERT' THEN DELETE FROM place_reach WHERE places = 0; END IF;
    RETURN NULL;
  END $$`;

export class PlaceReach1796639235906 implements MigrationInterface {
  name = 'PlaceReach1796639235906';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE place_reach (
      level place_level NOT NULL, key text NOT NULL, decile smallint NOT NULL,
      places integer NOT NULL, level_places integer NOT NULL, population bigint NOT NULL,
      CONSTRAINT place_reach_key PRIMARY KEY (level, key, decile))`);
    // Keys emptied by a change are deleted by the trigger, found through this (usually empty) index.
    await queryRunner.query('CREATE INDEX place_reach_emptied ON place_reach (level) WHERE places = 0');
    await queryRunner.query('REVOKE ALL ON place_reach FROM cg_request');
    await queryRunner.query('GRANT SELECT ON place_reach TO cg_request');
    await queryRunner.query(REACH_FUNCTION);
    await queryRunner.query('LOCK TABLE place IN SHARE MODE'); // no write between the backfill and the triggers
    await queryRunner.query(`INSERT INTO place_reach (level, key, decile, places, level_places, population)
      SELECT c.level, c.key, c.decile, sum(c.places), sum(c.level_places), sum(c.population)
        FROM (${contributions('place', 1)}) c GROUP BY c.level, c.key, c.decile`);
    await queryRunner.query(
      'CREATE TRIGGER cg_place_reach_insert AFTER INSERT ON place REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cg_place_reach()',
    );
    await queryRunner.query(
      'CREATE TRIGGER cg_place_reach_update AFTER UPDATE ON place REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cg_place_reach()',
    );
    await queryRunner.query(
      'CREATE TRIGGER cg_place_reach_delete AFTER DELETE ON place REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cg_place_reach()',
    );
    await queryRunner.query('CREATE TRIGGER cg_place_reach_truncate AFTER TRUNCATE ON place FOR EACH STATEMENT EXECUTE FUNCTION cg_place_reach()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER cg_place_reach_${event} ON place`);
    await queryRunner.query('DROP FUNCTION cg_place_reach()');
    await queryRunner.query('DROP TABLE place_reach');
  }
}
