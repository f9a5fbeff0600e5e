import { MigrationInterface, QueryRunner } from 'typeorm';
import { ownerRuleSql } from '../lib/access/record-rule';

// Issue #13, the slow reads whose cost was in PostgreSQL under row-level security.
//
// 1. Organisations within places. `<@` (ltree) is not leakproof, so as cg_request it ran after the
//    place policy on every place, and each organisation found was then read by id (290 ms for a
//    county). cg_places_inside runs the tree walk as the owner on the GiST index and returns ids
//    only, which the request's statement judges through the place policy; cg_organisations_at then
//    gives the ids of the organisations at home in or serving those places (index-only), which the
//    statement judges through the organisation policy, as the name search does. The place figures
//    (cold spots, the map's analytics) use cg_places_inside too.
// 2. Tallies for the dashboard. Counting every organisation a user may read judged 200,000 rows by
//    the policy. record_tally keeps live counts (and funding sums) per source, category
//    (sector or status), visibility and owner, maintained in the writer's transaction by
//    statement-level triggers; its own row policy is the records' rule (visibility and owner), so a
//    request's sum over the rows it may read is the count of the records it may read. PUBLIC rows
//    keep no owner, so the table holds one row per category plus one per owner of private records.
//    Funding is also readable to both sides of a grant (migration TrustBoundary): the API adds the
//    grants that only that rule lets the user read, found by cg_grants_touching (ids only).

/** The tallied tables: what each row is counted under, its owner, and the amount summed. */
export const TALLIED: { source: string; category: string; owner: string; amount: string }[] = [
  { source: 'organisation', category: 'sector', owner: 'coalesce(owner_organisation_id, id)', amount: '0' },
  { source: 'partnership', category: 'status', owner: 'owner_organisation_id', amount: '0' },
  { source: 'project', category: 'status', owner: 'owner_organisation_id', amount: '0' },
  { source: 'funding', category: 'status', owner: 'owner_organisation_id', amount: 'amount' },
];

// The organisations at home in, or serving, any of `places` (already judged by the caller). The
// covering indexes make both lookups index-only: no organisation row is read here.
const ORGANISATIONS_AT = `CREATE FUNCTION cg_organisations_at(places uuid[]) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT h.id FROM organisation h WHERE h.home_place_id = ANY(places)
    UNION SELECT op.organisation_id FROM organisation_place op WHERE op.place_id = ANY(places)
  $$`;

const COVERING_INDEXES = [
  'CREATE INDEX "organisation_home_place_covering" ON "organisation" ("home_place_id") INCLUDE ("id")',
  'CREATE INDEX "organisation_place_by_place_covering" ON "organisation_place" ("place_id") INCLUDE ("organisation_id")',
];

// Each place inside (or equal to) each target, for the place figures: the target's own subtree and
// a combined authority's members'. Pairs of ids only; the caller judges the inner places by their policy.
const PLACES_INSIDE = `CREATE FUNCTION cg_places_inside(targets uuid[]) RETURNS TABLE (place_id uuid, inner_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT r.id, q.id FROM (
      SELECT t.id, t.path FROM place t WHERE t.id = ANY(targets)
      UNION ALL SELECT t.id, m.path FROM place t JOIN combined_authority_member cam ON cam.combined_authority_id = t.id
        JOIN place m ON m.id = cam.member_place_id WHERE t.id = ANY(targets)) r
    JOIN place q ON q.path <@ r.path
  $$`;

// Grants whose funder or recipient is one of `organisations`, or whose recipient partnership or
// project has one of them as a live member: the sides of a grant (TrustBoundary's SIDES_OF_GRANT).
const GRANTS_TOUCHING = `CREATE FUNCTION cg_grants_touching(organisations uuid[]) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT f.id FROM funding f WHERE f.funder_organisation_id = ANY(organisations)
    UNION SELECT f.id FROM funding f WHERE f.recipient_organisation_id = ANY(organisations)
    UNION SELECT f.id FROM partnership_membership m JOIN funding f ON f.recipient_partnership_id = m.partnership_id
     WHERE m.organisation_id = ANY(organisations) AND m.archived_at IS NULL
    UNION SELECT f.id FROM project_participant p JOIN funding f ON f.recipient_project_id = p.project_id
     WHERE p.organisation_id = ANY(organisations) AND p.archived_at IS NULL
  $$`;

/** The live rows of a transition table as tally deltas of `sign`. */
function deltas(source: (typeof TALLIED)[number], rows: string, sign: 1 | -1): string {
  return `SELECT ${source.category}::text AS category, visibility::text AS visibility,
      CASE WHEN visibility = 'PUBLIC' THEN NULL ELSE ${source.owner} END AS owner_id,
      ${sign} AS records, ${sign} * ${source.amount}::numeric AS amount
    FROM ${rows} WHERE archived_at IS NULL`;
}

function tallyFunction(source: (typeof TALLIED)[number]): string {
  // Grouped and in key order, so two writers lock tally rows in the same order (no deadlock), and
  // a change that moves no count (a renamed organisation) touches no tally row at all.
  const apply = (changes: string) => `INSERT INTO record_tally AS t (source, category, visibility, owner_id, records, amount)
      SELECT '${source.source}', d.category, d.visibility, d.owner_id, sum(d.records), sum(d.amount)
        FROM (${changes}) d GROUP BY d.category, d.visibility, d.owner_id
      HAVING sum(d.records) <> 0 OR sum(d.amount) <> 0
      ORDER BY d.category, d.visibility, d.owner_id
      ON CONFLICT (source, category, visibility, owner_id)
      DO UPDATE SET records = t.records + excluded.records, amount = t.amount + excluded.amount`;
  return `CREATE FUNCTION cg_tally_${source.source}() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${apply(deltas(source, 'new_rows', 1))};
      ELSIF TG_OP = 'UPDATE' THEN ${apply(`${deltas(source, 'new_rows', 1)} UNION ALL ${deltas(source, 'old_rows', -1)}`)};
      ELSIF TG_OP = 'DELETE' THEN ${apply(deltas(source, 'old_rows', -1))};
      ELSE DELETE FROM record_tally WHERE source = '${source.source}';
      END IF;
      RETURN NULL;
    END $$`;
}

function backfill(source: (typeof TALLIED)[number]): string {
  return `INSERT INTO record_tally (source, category, visibility, owner_id, records, amount)
    SELECT '${source.source}', d.category, d.visibility, d.owner_id, sum(d.records), sum(d.amount)
      FROM (${deltas(source, `"${source.source}"`, 1)}) d GROUP BY d.category, d.visibility, d.owner_id`;
}

export class PlaceCandidatesAndTallies1796630000000 implements MigrationInterface {
  name = 'PlaceCandidatesAndTallies1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ORGANISATIONS_AT);
    for (const sql of COVERING_INDEXES) await queryRunner.query(sql);
    await queryRunner.query(GRANTS_TOUCHING);
    await queryRunner.query(PLACES_INSIDE);
    // Only the request role calls them, and only from the API's own SQL.
    for (const signature of ['cg_organisations_at(uuid[])', 'cg_grants_touching(uuid[])', 'cg_places_inside(uuid[])']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO cg_request`);
    }

    await queryRunner.query(`CREATE TABLE record_tally (
      source text NOT NULL, category text NOT NULL, visibility text NOT NULL, owner_id uuid,
      records bigint NOT NULL, amount numeric NOT NULL,
      CONSTRAINT record_tally_key UNIQUE NULLS NOT DISTINCT (source, category, visibility, owner_id))`);
    // A reader's rows: the PUBLIC ones (no owner) and those of the owners in its scope, found by index.
    await queryRunner.query('CREATE INDEX record_tally_owner ON record_tally (owner_id)');
    // Written by the triggers alone (as the owner); read by requests through the records' rule.
    await queryRunner.query('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON record_tally FROM cg_request');
    await queryRunner.query('ALTER TABLE record_tally ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY cg_request_access ON record_tally FOR SELECT TO cg_request USING ${ownerRuleSql('owner_id')}`);
    for (const source of TALLIED) {
      const table = `"${source.source}"`;
      await queryRunner.query(tallyFunction(source));
      await queryRunner.query(`LOCK TABLE ${table} IN SHARE MODE`); // no write between the backfill and the triggers
      await queryRunner.query(backfill(source));
      const fn = `cg_tally_${source.source}()`;
      await queryRunner.query(`CREATE TRIGGER cg_tally_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_tally_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_tally_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`CREATE TRIGGER cg_tally_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const source of TALLIED) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER cg_tally_${event} ON "${source.source}"`);
      await queryRunner.query(`DROP FUNCTION cg_tally_${source.source}()`);
    }
    await queryRunner.query('DROP TABLE record_tally');
    await queryRunner.query('DROP FUNCTION cg_places_inside(uuid[])');
    await queryRunner.query('DROP FUNCTION cg_grants_touching(uuid[])');
    for (const index of ['organisation_home_place_covering', 'organisation_place_by_place_covering']) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query('DROP FUNCTION cg_organisations_at(uuid[])');
  }
}
