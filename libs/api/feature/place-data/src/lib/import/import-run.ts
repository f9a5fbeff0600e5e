import { EntityManager } from 'typeorm';
import { PlaceImportReport, UNMATCHED_LISTED, UnmatchedRow } from './import-report';
import { PlaceImportKind } from './place-import-kind';
import { CodeResolver } from './code-resolver';

export interface ImportProgress {
  rowsRead: number;
  elapsedMs: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/**
 * One import in progress: the transaction it writes through, its counts and the rows it could
 * not use. Importers read rows, call `read()`, and hand batches to the writers, which count.
 */
export class ImportRun {
  readonly codes: CodeResolver;
  private readonly started = Date.now();
  private lastProgress = Date.now();
  private readonly counts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, aliases: 0, unmatchedCount: 0 };
  private readonly unmatchedRows: UnmatchedRow[] = [];
  private readonly reasons: Record<string, number> = {};
  private readonly notes: string[] = [];

  constructor(
    readonly db: EntityManager,
    readonly kind: PlaceImportKind,
    readonly file: string,
    private readonly onProgress?: ProgressListener,
    private readonly progressEveryMs = 1000,
  ) {
    this.codes = new CodeResolver(db);
  }

  /** Counts rows read and tells the listener now and then (not per row: that would cost more than the row). */
  read(rows = 1): void {
    this.counts.rowsRead += rows;
    const now = Date.now();
    if (this.onProgress && now - this.lastProgress >= this.progressEveryMs) {
      this.lastProgress = now;
      this.onProgress({ rowsRead: this.counts.rowsRead, elapsedMs: now - this.started });
    }
  }

  get rowsRead(): number {
    return this.counts.rowsRead;
  }

  written(inserted: number, updated: number, unchanged: number): void {
    this.counts.inserted += inserted;
    this.counts.updated += updated;
    this.counts.unchanged += unchanged;
  }

  aliased(count: number): void {
    this.counts.aliases += count;
  }

  /** A row the import could not use. `category` groups the count; `detail` (if any) is the sentence listed. */
  unmatched(line: number, code: string, category: string, detail?: string): void {
    this.counts.unmatchedCount++;
    this.reasons[category] = (this.reasons[category] ?? 0) + 1;
    if (this.unmatchedRows.length < UNMATCHED_LISTED)
      this.unmatchedRows.push({ line, code, reason: detail ?? category });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  report(): PlaceImportReport {
    const elapsedMs = Date.now() - this.started;
    return {
      kind: this.kind,
      file: this.file,
      ...this.counts,
      unmatched: [...this.unmatchedRows],
      unmatchedReasons: { ...this.reasons },
      notes: [...this.notes],
      elapsedMs,
      rowsPerSecond: Math.round(this.counts.rowsRead / Math.max(elapsedMs / 1000, 0.001)),
    };
  }
}

/**
 * Runs a statement with RETURNING and gives its rows. TypeORM answers an UPDATE or DELETE with
 * `[rows, rowCount]` but an INSERT with the rows alone; this hides the difference.
 */
export async function returning<T>(db: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
