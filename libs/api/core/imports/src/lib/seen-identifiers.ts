import { EntityManager } from 'typeorm';

/**
 * The identifiers an import has met so far, kept on the server in a temporary table that ends
 * with the import's transaction: duplicates across a file of millions of rows are found without
 * holding every identifier in memory. A temporary table is no record (the write gate does not
 * judge it), so any import may use it.
 */
export class SeenIdentifiers {
  private constructor(private readonly manager: EntityManager) {}

  static async start(manager: EntityManager): Promise<SeenIdentifiers> {
    await manager.query(
      `CREATE TEMP TABLE IF NOT EXISTS cg_import_seen (identifier text PRIMARY KEY, line integer NOT NULL) ON COMMIT DROP`,
    );
    return new SeenIdentifiers(manager);
  }

  /**
   * Records a batch's identifiers (distinct within the batch) and answers, for each one met
   * before, the line it was first met on.
   */
  async record(identifiers: string[], lines: number[]): Promise<Map<string, number>> {
    const fresh: { identifier: string }[] = await this.manager.query(
      `INSERT INTO cg_import_seen (identifier, line) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING RETURNING identifier`,
      [identifiers, lines],
    );
    const isFresh = new Set(fresh.map((row) => row.identifier));
    const repeated = identifiers.filter((identifier) => !isFresh.has(identifier));
    if (repeated.length === 0) return new Map();
    const first: { identifier: string; line: number }[] = await this.manager.query(
      `SELECT identifier, line FROM cg_import_seen WHERE identifier = ANY($1::text[])`,
      [repeated],
    );
    return new Map(first.map((row) => [row.identifier, row.line]));
  }
}
