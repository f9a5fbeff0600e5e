import { SessionUser } from '@cg/api/core/auth';

/** A row of the file an import could not use: where it was, which identifier or code, and why. */
export interface ImportProblem {
  line: number;
  code: string;
  reason: string;
}

/**
 * What any import did, stored on its job and shown on the screen. Runners fill what applies;
 * `tallies` carries counts particular to one kind ("organisations created").
 */
export interface ImportJobReport {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  aliases?: number;
  unmatchedCount: number;
  unmatched: ImportProblem[];
  unmatchedReasons: Record<string, number>;
  notes: string[];
  tallies?: Record<string, number>;
  elapsedMs: number;
  rowsPerSecond: number;
  /** A dry run: the counts say what the import would do; nothing was kept. */
  dryRun?: boolean;
  /** Where the import keeps its full report apart from the job (a CSV import's history entry), if it does. */
  resultId?: string | null;
}

/** What a runner is given to run one job. */
export interface ImportContext<O> {
  jobId: string;
  /** The upload on disk (a temporary copy, removed afterwards). */
  file: string;
  /** The name the uploader knows it by, for reports. */
  fileName: string;
  options: O;
  /** Who started it (null when the system did), for the records' `created_by` and the audit log. */
  userId: string | null;
  /** Rows read so far; the job service throttles what it writes. */
  progress(rowsRead: number): void;
}

/**
 * One kind of file the system can import as a background job. Features register theirs with
 * `ImportRunners` when their module starts; the upload route, the job list, progress and
 * recovery are shared.
 */
export interface ImportRunner<O = Record<string, unknown>> {
  /** Stored on the job: "councils", "360giving". */
  kind: string;
  /** Where it is uploaded under /imports: "places/councils", "360giving". */
  route: string;
  /**
   * Reads the upload's query string into options, refusing what is not allowed with a
   * DomainError (FORBIDDEN for the wrong user, BAD_USER_INPUT for a bad option).
   */
  accept(user: SessionUser, query: Record<string, string | undefined>): O | Promise<O>;
  /** The organisation the imported records belong to (its members may follow the job), or null for reference data. */
  organisationOf(options: O): string | null;
  /**
   * `user`: the import writes the uploader's records, so it runs under their access scope
   * (row-level security, RecordWriter's rights). `system`: reference data, written as the system.
   */
  runsAs: 'user' | 'system';
  /** The import writes its own audit entry (file, counts, who), so the job adds none. */
  auditsItself?: boolean;
  /** Rows in the file, counted before the import starts, for the progress bar (null when it cannot tell). */
  countRows?(file: string, options: O): Promise<number | null>;
  run(context: ImportContext<O>): Promise<ImportJobReport>;
}
