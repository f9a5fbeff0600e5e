import { EntityManager } from 'typeorm';

/** Where a code leads: the live place that has it, or the place an alias points at. */
export interface ResolvedCode {
  id: string;
  /** The place's own (current) code. */
  code: string;
  level: string;
  /** Set when the code is an alias: `code-change`, `merger` or `register`. */
  aliasReason: string | null;
}

/**
 * SQL that finds the place a code names, preferring a live place with that code over an alias
 * (a former code whose place was archived when its successor arrived leads to the successor).
 * Two lookups on the unique code indexes, so its cost follows the codes asked, not the table:
 * joined from unnest(), the planner guessed a hundred codes and scanned every place per batch.
 */
export const RESOLVE_CODES_SQL = `
  SELECT own.code AS asked, own.id, own.code, own.level, NULL AS alias_reason
    FROM place own WHERE own.code = ANY($1::text[]) AND own.archived_at IS NULL
  UNION ALL
  SELECT a.code AS asked, p.id, p.code, p.level, a.reason AS alias_reason
    FROM place_alias a JOIN place p ON p.id = a.place_id
   WHERE a.code = ANY($1::text[])
     AND NOT EXISTS (SELECT 1 FROM place live WHERE live.code = a.code AND live.archived_at IS NULL)`;

/**
 * Resolves codes to places for one import, in batches, remembering the answers: the codes an
 * import looks up (local authorities, regions) are few, however many rows name them.
 */
export class CodeResolver {
  private readonly known = new Map<string, ResolvedCode | null>();

  constructor(private readonly db: EntityManager) {}

  /** Looks up the codes not yet known, in one query. */
  async load(codes: Iterable<string>): Promise<void> {
    const missing = [...new Set(codes)].filter((code) => code && !this.known.has(code));
    if (missing.length === 0) return;
    const rows: { asked: string; id: string; code: string; level: string; alias_reason: string | null }[] =
      await this.db.query(RESOLVE_CODES_SQL, [missing]);
    for (const code of missing) this.known.set(code, null);
    for (const row of rows)
      this.known.set(row.asked, { id: row.id, code: row.code, level: row.level, aliasReason: row.alias_reason });
  }

  /** After `load`: the place, or null when nothing has the code. */
  get(code: string): ResolvedCode | null {
    return this.known.get(code) ?? null;
  }

  async resolve(code: string): Promise<ResolvedCode | null> {
    await this.load([code]);
    return this.get(code);
  }

  /** Forgets everything: after places or aliases were written, answers may have changed. */
  forget(): void {
    this.known.clear();
  }
}
