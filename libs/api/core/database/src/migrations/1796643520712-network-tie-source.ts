import { MigrationInterface, QueryRunner } from 'typeorm';
import { TIE_POSITIONS_BY_SCAN } from './1796638370345-network-subgraph-tie-positions';

// The tie table of issue #13: every candidate tie that cg_subgraph_tie_positions used to find by
// scanning the record tables (relationships, co-membership, joint projects, funding), one row per
// record behind it, kept exactly up to date by statement-level triggers on the six source tables
// (as record_tally is, migration PlaceCandidatesAndTallies). A subgraph's pairing is then an index
// lookup by its organisations, so a county's cost follows the county and not the country.
//
// Rows hold what the pairing returned (ends, kind, the ids of the records behind the tie for the
// request's statement to judge under row-level security) plus the dates its window tests. Only
// live (unarchived) records make rows; the as-at and current-membership predicates stay in the
// request's statement (subgraph-ties.sql.ts), which reads the records themselves. Ids only, read
// by the definer function alone: no grant to cg_request.
//
// Kinds and their ends are as before: a relationship from→to, a grant funder→recipient (through
// each live member or participant when it went to a partnership or project), shared work from the
// lower organisation id to the higher.

/**
 * What a row holds beyond the ids and dates: nothing here; migration TieWeights adds each tie's
 * figures (a relationship's strength and ratings, a grant's amount). Each field is the text that
 * follows the columns (or one kind's values) of this migration's statements.
 */
export interface TieSourceShape {
  columns: string;
  relationship: string;
  funding: string;
  shared: string;
}
export const IDS_AND_DATES: TieSourceShape = { columns: '', relationship: '', funding: '', shared: '' };

const COLUMNS = 'tie_kind, a, b, record_id, group_id, a_link, b_link, b_link_kind, from_date, to_date';

const relationshipTies = (rows: string, shape = IDS_AND_DATES) => `
  SELECT 'RELATIONSHIP', r.from_organisation_id, r.to_organisation_id, r.id, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, r.from_date, r.to_date${shape.relationship}
    FROM ${rows} r WHERE r.archived_at IS NULL`;

// Each grant's ties, to its recipient organisation or to each live member/participant of the
// recipient partnership/project (never back to the funder itself).
const fundingTies = (rows: string, shape = IDS_AND_DATES) => `
  SELECT 'FUNDING', f.funder_organisation_id, r.organisation_id, f.id, NULL::uuid, NULL::uuid, r.link, r.link_kind,
         coalesce(f.period_start, f.award_date), f.period_end${shape.funding}
    FROM ${rows} f
    JOIN LATERAL (
      SELECT f.recipient_organisation_id AS organisation_id, NULL::uuid AS link, NULL::text AS link_kind
       WHERE f.recipient_organisation_id IS NOT NULL
      UNION ALL SELECT mm.organisation_id, mm.id, 'MEMBERSHIP' FROM partnership_membership mm
       WHERE mm.partnership_id = f.recipient_partnership_id AND mm.archived_at IS NULL
      UNION ALL SELECT pp.organisation_id, pp.id, 'PARTICIPANT' FROM project_participant pp
       WHERE pp.project_id = f.recipient_project_id AND pp.archived_at IS NULL
    ) r ON r.organisation_id <> f.funder_organisation_id
   WHERE f.archived_at IS NULL`;

/** A kind of shared work: its group table, the link table pairing organisations in it, and its links' kind for grants. */
interface SharedWork {
  kind: 'CO_MEMBERSHIP' | 'JOINT_PROJECT';
  group: 'partnership' | 'project';
  link: 'partnership_membership' | 'project_participant';
  groupColumn: 'partnership_id' | 'project_id';
  linkKind: 'MEMBERSHIP' | 'PARTICIPANT';
  recipientColumn: 'recipient_partnership_id' | 'recipient_project_id';
}

const SHARED_WORK: SharedWork[] = [
  {
    kind: 'CO_MEMBERSHIP',
    group: 'partnership',
    link: 'partnership_membership',
    groupColumn: 'partnership_id',
    linkKind: 'MEMBERSHIP',
    recipientColumn: 'recipient_partnership_id',
  },
  {
    kind: 'JOINT_PROJECT',
    group: 'project',
    link: 'project_participant',
    groupColumn: 'project_id',
    linkKind: 'PARTICIPANT',
    recipientColumn: 'recipient_project_id',
  },
];

// The live pairs of a kind of shared work within live groups, limited by `where` (on x, y and g).
const sharedTies = (w: SharedWork, where: string, shape = IDS_AND_DATES) => `
  SELECT '${w.kind}', x.organisation_id, y.organisation_id, NULL::uuid, g.id, x.id, y.id, NULL::text, g.start_date, g.end_date${shape.shared}
    FROM ${w.link} x
    JOIN ${w.link} y ON y.${w.groupColumn} = x.${w.groupColumn} AND x.organisation_id < y.organisation_id
    JOIN ${w.group} g ON g.id = x.${w.groupColumn} AND g.archived_at IS NULL
   WHERE x.archived_at IS NULL AND y.archived_at IS NULL AND ${where}`;

const insert = (select: string, shape = IDS_AND_DATES) =>
  `INSERT INTO network_tie_source (${COLUMNS}${shape.columns}) ${select}`;

// Writers that touch the same partnership or project (its links, its grants, the group itself) take
// turns: each trigger reads the others' rows (a new membership pairs with the live ones), and under
// READ COMMITTED two writers that ran side by side would each miss the other's uncommitted row (the
// pair of two memberships added at once would be lost). A transaction-scoped advisory lock per group,
// taken in a fixed order; after it, the trigger's next statement sees what the other committed.
const GROUP_LOCK_CLASS = 1953066085;
const lockGroups = (ids: string) =>
  `PERFORM pg_advisory_xact_lock(${GROUP_LOCK_CLASS}, hashtext(l.g::text))
     FROM (SELECT DISTINCT g FROM (${ids}) s (g) WHERE g IS NOT NULL) l ORDER BY hashtext(l.g::text)`;
const lockGroupsOf = (ids: (rows: string) => string) => `
      IF TG_OP = 'INSERT' THEN ${lockGroups(ids('new_rows'))};
      ELSIF TG_OP = 'DELETE' THEN ${lockGroups(ids('old_rows'))};
      ELSE ${lockGroups(`${ids('old_rows')} UNION ALL ${ids('new_rows')}`)};
      END IF;`;

// A record's ties are dropped and made again from its new row: an update is a delete and an insert.
function recordTrigger(
  table: 'relationship' | 'funding',
  kind: string,
  ties: (rows: string, shape: TieSourceShape) => string,
  shape: TieSourceShape,
  groupsOf?: (rows: string) => string,
): string {
  return `CREATE OR REPLACE FUNCTION cg_tie_source_${table}() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN DELETE FROM network_tie_source WHERE tie_kind = '${kind}'; RETURN NULL; END IF;${groupsOf ? lockGroupsOf(groupsOf) : ''}
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM network_tie_source WHERE tie_kind = '${kind}' AND record_id IN (SELECT id FROM old_rows);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN ${insert(ties('new_rows', shape), shape)}; END IF;
      RETURN NULL;
    END $$`;
}

// A membership (participation) changed: its pairs and the grants it carried are dropped; a live one
// is paired again with the live links of its group (each pair once, even when both ends changed),
// and joins the live grants to its group.
function linkTrigger(w: SharedWork, shape: TieSourceShape): string {
  const dropped = `(a_link IN (SELECT id FROM old_rows) OR b_link IN (SELECT id FROM old_rows))
       AND (tie_kind = '${w.kind}' OR b_link_kind = '${w.linkKind}')`;
  const pairs = sharedTies(
    w,
    `x.${w.groupColumn} IN (SELECT ${w.groupColumn} FROM new_rows WHERE archived_at IS NULL)
     AND (x.id IN (SELECT id FROM new_rows) OR y.id IN (SELECT id FROM new_rows))`,
    shape,
  );
  const grants = `
    SELECT 'FUNDING', f.funder_organisation_id, n.organisation_id, f.id, NULL::uuid, NULL::uuid, n.id, '${w.linkKind}',
           coalesce(f.period_start, f.award_date), f.period_end${shape.funding}
      FROM new_rows n JOIN funding f ON f.${w.recipientColumn} = n.${w.groupColumn}
     WHERE n.archived_at IS NULL AND f.archived_at IS NULL AND n.organisation_id <> f.funder_organisation_id`;
  return `CREATE OR REPLACE FUNCTION cg_tie_source_${w.link}() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM network_tie_source WHERE tie_kind = '${w.kind}' OR b_link_kind = '${w.linkKind}'; RETURN NULL;
      END IF;
      ${lockGroupsOf((rows) => `SELECT ${w.groupColumn} FROM ${rows}`)}
      IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM network_tie_source WHERE ${dropped}; END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN ${insert(pairs, shape)}; ${insert(grants, shape)}; END IF;
      RETURN NULL;
    END $$`;
}

// A group archived, restored, redated or deleted: its pairs are made again (rare edits, so the
// whole group; an update that leaves these columns alone, as most edits do, costs nothing).
// Its grants hang on its links, not on the group, as before.
function groupTrigger(w: SharedWork, shape: TieSourceShape): string {
  const changed = `SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.archived_at, o.start_date, o.end_date) IS DISTINCT FROM (n.archived_at, n.start_date, n.end_date)`;
  return `CREATE OR REPLACE FUNCTION cg_tie_source_${w.group}() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN DELETE FROM network_tie_source WHERE tie_kind = '${w.kind}'; RETURN NULL; END IF;
      IF TG_OP = 'DELETE' THEN
        ${lockGroups('SELECT id FROM old_rows')};
        DELETE FROM network_tie_source WHERE tie_kind = '${w.kind}' AND group_id IN (SELECT id FROM old_rows);
      ELSIF TG_OP = 'UPDATE' THEN
        IF EXISTS (${changed}) THEN
          ${lockGroups(changed)};
          DELETE FROM network_tie_source WHERE tie_kind = '${w.kind}' AND group_id IN (${changed});
          ${insert(sharedTies(w, `g.id IN (${changed})`, shape), shape)};
        END IF;
      END IF;
      RETURN NULL;
    END $$`;
}

// The pairing as an index lookup: the members' rows by their first end, kept when the other end is a
// member too and the record overlaps the window. Same columns and rows as TIE_POSITIONS_BY_SCAN.
export const TIE_POSITIONS_BY_TABLE = `CREATE OR REPLACE FUNCTION cg_subgraph_tie_positions(p_members uuid[], p_from date, p_to date)
  RETURNS TABLE (tie_kind text, a int, b int, record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 100000 AS $fn$
  #variable_conflict use_column
  BEGIN
    RETURN QUERY
    WITH pos AS MATERIALIZED (
      SELECT u.id, (min(u.n) - 1)::int AS pos FROM unnest(p_members) WITH ORDINALITY u(id, n) GROUP BY u.id)
    SELECT s.tie_kind, pa.pos, pb.pos, s.record_id, s.group_id, s.a_link, s.b_link, s.b_link_kind
      FROM pos pa
      JOIN network_tie_source s ON s.a = pa.id
      JOIN pos pb ON pb.id = s.b
     WHERE (p_from IS NULL OR s.to_date IS NULL OR s.to_date >= p_from)
       AND (p_to IS NULL OR s.from_date IS NULL OR s.from_date <= p_to);
  END $fn$`;

export const TIE_SOURCE_INDEXES = ['by_a', 'by_record', 'by_group', 'by_a_link', 'by_b_link'];
export const TIE_SOURCES = [
  'relationship',
  'funding',
  'partnership',
  'project',
  'partnership_membership',
  'project_participant',
];

/** The six trigger functions that keep network_tie_source, writing rows of the shape given. */
export async function replaceTieSourceTriggers(queryRunner: QueryRunner, shape: TieSourceShape): Promise<void> {
  await queryRunner.query(recordTrigger('relationship', 'RELATIONSHIP', relationshipTies, shape));
  await queryRunner.query(
    recordTrigger(
      'funding',
      'FUNDING',
      fundingTies,
      shape,
      (rows) => `SELECT recipient_partnership_id FROM ${rows} UNION ALL SELECT recipient_project_id FROM ${rows}`,
    ),
  );
  for (const w of SHARED_WORK) {
    await queryRunner.query(linkTrigger(w, shape));
    await queryRunner.query(groupTrigger(w, shape));
  }
}

/** Fills the empty network_tie_source from the live records, then builds its indexes. */
export async function fillTieSource(queryRunner: QueryRunner, shape: TieSourceShape): Promise<void> {
  // No write between the backfill and the triggers.
  await queryRunner.query(`LOCK TABLE ${TIE_SOURCES.join(', ')} IN SHARE MODE`);
  // In order of the first end, so a subgraph's rows sit together on disk for its index probes.
  const all = [
    relationshipTies('relationship', shape),
    fundingTies('funding', shape),
    ...SHARED_WORK.map((w) => sharedTies(w, 'TRUE', shape)),
  ];
  await queryRunner.query(
    insert(`SELECT * FROM (${all.join(' UNION ALL ')}) t (${COLUMNS}${shape.columns}) ORDER BY a`, shape),
  );
  // Built after the backfill (one sort each rather than a row-by-row insert into each).
  await queryRunner.query('CREATE INDEX network_tie_source_by_a ON network_tie_source (a)');
  await queryRunner.query(
    'CREATE INDEX network_tie_source_by_record ON network_tie_source (record_id) WHERE record_id IS NOT NULL',
  );
  await queryRunner.query(
    'CREATE INDEX network_tie_source_by_group ON network_tie_source (group_id) WHERE group_id IS NOT NULL',
  );
  await queryRunner.query(
    'CREATE INDEX network_tie_source_by_a_link ON network_tie_source (a_link) WHERE a_link IS NOT NULL',
  );
  await queryRunner.query(
    'CREATE INDEX network_tie_source_by_b_link ON network_tie_source (b_link) WHERE b_link IS NOT NULL',
  );
  await queryRunner.query('ANALYZE network_tie_source');
}

export class NetworkTieSource1796643520712 implements MigrationInterface {
  name = 'NetworkTieSource1796643520712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE network_tie_source (
      tie_kind text NOT NULL, a uuid NOT NULL, b uuid NOT NULL,
      record_id uuid, group_id uuid, a_link uuid, b_link uuid, b_link_kind text,
      from_date date, to_date date)`);
    // Ids only, written by the triggers and read by the definer function, both as the owner.
    await queryRunner.query('REVOKE ALL ON network_tie_source FROM PUBLIC, cg_request');
    await replaceTieSourceTriggers(queryRunner, IDS_AND_DATES);
    await fillTieSource(queryRunner, IDS_AND_DATES);

    for (const table of TIE_SOURCES) {
      const fn = `cg_tie_source_${table}()`;
      await queryRunner.query(
        `CREATE TRIGGER cg_tie_source_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER cg_tie_source_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER cg_tie_source_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER cg_tie_source_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`,
      );
    }
    await queryRunner.query(TIE_POSITIONS_BY_TABLE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TIE_POSITIONS_BY_SCAN.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    for (const table of TIE_SOURCES) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER cg_tie_source_${event} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION cg_tie_source_${table}()`);
    }
    await queryRunner.query('DROP TABLE network_tie_source');
  }
}
