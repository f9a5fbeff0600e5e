import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, fast reads under row-level security.
//
// 1. Candidate ids for text and array matches. `<%`, `ILIKE`, `&&` and `@>` are not leakproof, so
//    as cg_request PostgreSQL applies them only after the row policy, row by row: the trigram and
//    GIN indexes go unused (a seq scan over 200,000 organisations, 962 ms instead of 8 ms). Each
//    function below runs the match as the table owner (SECURITY DEFINER, so on the index) and
//    returns ids only; the query then reads those ids from the protected table, whose policy
//    judges every row as before. An id alone reveals nothing, and nothing but the API's own SQL
//    calls these functions (see docs/performance.md for why not leakproof wrappers or views).
// 2. The default order of the directory and the partnerships list, `lower(name), id`, on an index
//    of live rows, so a page no longer sorts the whole table.

/** Text columns with a trigram index, and array columns with a GIN index, that lists filter or search on. */
export const MATCHED_TEXT: { table: string; column: string }[] = [
  { table: 'organisation', column: 'name' },
  { table: 'person', column: 'full_name' },
  { table: 'partnership', column: 'name' },
  { table: 'project', column: 'name' },
];
export const MATCHED_ARRAYS: { table: string; column: string }[] = [
  { table: 'organisation', column: 'themes' },
  { table: 'partnership', column: 'themes' },
  { table: 'project', column: 'themes' },
];

/** The name of the candidate-id function of a column, e.g. cg_match_organisation_name. */
export const matchFunction = (table: string, column: string) => `cg_match_${table}_${column}`;

const ORDER_INDEXES = [
  `CREATE INDEX "organisation_live_name_order" ON "organisation" (lower("name"), "id") WHERE "archived_at" IS NULL`,
  `CREATE INDEX "partnership_live_name_order" ON "partnership" (lower("name"), "id") WHERE "archived_at" IS NULL`,
  `CREATE INDEX "project_live_name_order" ON "project" (lower("name"), "id") WHERE "archived_at" IS NULL`,
  `CREATE INDEX "person_live_name_order" ON "person" (lower("full_name"), "id") WHERE "archived_at" IS NULL`,
];

/**
 * `similar`: word similarity (`<%`) to the value; `similar_all`: to each of the value's
 * space-separated words, all in one index scan (the words are bound as an array, never spliced);
 * `ilike`: an ILIKE pattern.
 */
function textFunction(table: string, column: string): string {
  return `CREATE FUNCTION ${matchFunction(table, column)}(op text, value text) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE words text[];
    BEGIN
      IF op = 'similar' THEN RETURN QUERY SELECT t.id FROM "${table}" t WHERE value <% t."${column}";
      ELSIF op = 'ilike' THEN RETURN QUERY SELECT t.id FROM "${table}" t WHERE t."${column}" ILIKE value;
      ELSIF op = 'similar_all' THEN
        words := string_to_array(value, ' ');
        RETURN QUERY EXECUTE 'SELECT t.id FROM "${table}" t WHERE '
          || (SELECT string_agg(format('$1[%s] <%% t."${column}"', i), ' AND ') FROM generate_subscripts(words, 1) i)
          USING words;
      ELSE RAISE EXCEPTION 'no text match called %', op;
      END IF;
    END $$`;
}

function arrayFunction(table: string, column: string): string {
  return `CREATE FUNCTION ${matchFunction(table, column)}(op text, value text[]) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF op = 'overlap' THEN RETURN QUERY SELECT t.id FROM "${table}" t WHERE t."${column}" && value;
      ELSIF op = 'contain' THEN RETURN QUERY SELECT t.id FROM "${table}" t WHERE t."${column}" @> value;
      ELSE RAISE EXCEPTION 'no array match called %', op;
      END IF;
    END $$`;
}

export class IndexedReadsUnderRls1796000000000 implements MigrationInterface {
  name = 'IndexedReadsUnderRls1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column } of MATCHED_TEXT) await this.create(queryRunner, textFunction(table, column), table, column, 'text');
    for (const { table, column } of MATCHED_ARRAYS) await this.create(queryRunner, arrayFunction(table, column), table, column, 'text[]');
    for (const sql of ORDER_INDEXES) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of ORDER_INDEXES) await queryRunner.query(`DROP INDEX "${/"([a-z_]+)"/.exec(sql)?.[1]}"`);
    for (const { table, column } of MATCHED_ARRAYS) await queryRunner.query(`DROP FUNCTION ${matchFunction(table, column)}(text, text[])`);
    for (const { table, column } of MATCHED_TEXT) await queryRunner.query(`DROP FUNCTION ${matchFunction(table, column)}(text, text)`);
  }

  private async create(queryRunner: QueryRunner, sql: string, table: string, column: string, valueType: string): Promise<void> {
    const signature = `${matchFunction(table, column)}(text, ${valueType})`;
    await queryRunner.query(sql);
    // Only the request role calls it, and only from the API's own SQL.
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO cg_request`);
  }
}
