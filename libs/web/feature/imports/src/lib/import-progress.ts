import { ImportJobStatus, type ImportJobView } from '@cg/web/data-access';

/** What the Material progress bar shows for a job. */
export interface ImportProgress {
  readonly mode: 'determinate' | 'indeterminate';
  /** Per cent, for a determinate bar. */
  readonly value: number;
  /** The same in words, for the label and screen readers. */
  readonly label: string;
}

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * Determinate when the API counted the file's rows first (not for TopoJSON), else indeterminate
 * with the rows read so far. A queued job waits for the one before it: imports run one at a time.
 */
export function importProgress(job: Pick<ImportJobView, 'status' | 'rowsRead' | 'rowsTotal'>): ImportProgress {
  if (job.status === ImportJobStatus.QUEUED)
    return { mode: 'indeterminate', value: 0, label: 'Waiting for the import before it to finish…' };
  if (job.status === ImportJobStatus.SUCCEEDED)
    return { mode: 'determinate', value: 100, label: `Done: ${count(job.rowsRead)} rows read.` };
  if (job.status === ImportJobStatus.FAILED) return { mode: 'determinate', value: 0, label: 'Stopped.' };
  if (job.rowsTotal) {
    const value = Math.min(100, Math.floor((job.rowsRead / job.rowsTotal) * 100));
    return {
      mode: 'determinate',
      value,
      label: `${count(job.rowsRead)} of ${count(job.rowsTotal)} rows read (${value}%).`,
    };
  }
  return { mode: 'indeterminate', value: 0, label: `${count(job.rowsRead)} rows read so far.` };
}

type Report = NonNullable<ImportJobView['report']>;

/** A finished import's report as the screen words it. */
export interface ReportSummary {
  /** "12 added, 3 changed, 400 unchanged, 5 former codes now lead to a place." */
  readonly changes: string;
  readonly timing: string;
  /** "7 rows could not be used:" or null when every row was used. */
  readonly unmatchedHeading: string | null;
  /** "5 × no such council", most frequent first. */
  readonly reasons: readonly string[];
  /** The first rows that could not be used, with where and why. */
  readonly rows: readonly { readonly line: number; readonly code: string; readonly reason: string }[];
  /** "… and 93 more rows." or null when all are listed. */
  readonly rest: string | null;
  readonly notes: readonly string[];
}

export const ROWS_LISTED = 10;

export function summariseReport(report: Report, listed = ROWS_LISTED): ReportSummary {
  const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
  const parts = [
    `${count(report.inserted)} added`,
    `${count(report.updated)} changed`,
    `${count(report.unchanged)} unchanged`,
  ];
  if (report.aliases > 0)
    parts.push(`${plural(report.aliases, 'former or register code', 'former or register codes')} now lead to a place`);
  const rows = report.unmatched.slice(0, listed);
  const more = report.unmatchedCount - rows.length;
  return {
    changes: `${parts.join(', ')}.`,
    timing: `${plural(report.rowsRead, 'row', 'rows')} read in ${(report.elapsedMs / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} s (${count(report.rowsPerSecond)} rows a second).`,
    unmatchedHeading:
      report.unmatchedCount > 0 ? `${plural(report.unmatchedCount, 'row', 'rows')} could not be used:` : null,
    reasons: [...report.unmatchedReasons]
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
      .map(({ reason, count: n }) => `${count(n)} × ${reason}`),
    rows: rows.map(({ line, code, reason }) => ({ line, code, reason })),
    rest: more > 0 ? `… and ${plural(more, 'more row', 'more rows')}.` : null,
    notes: report.notes,
  };
}

/** A failed job's error in a sentence; nothing of a failed import is kept. */
export function failureSentence(job: Pick<ImportJobView, 'fileName' | 'error'>): string {
  const why = (job.error ?? 'the server gave no reason').trim().replace(/\.$/, '');
  return `The import of ${job.fileName} failed: ${why}. Nothing from it was kept; correct the file and upload it again.`;
}

/** Where a job is, in one or two words, for the recent imports list. */
export const STATUS_WORDS: Record<ImportJobView['status'], string> = {
  [ImportJobStatus.QUEUED]: 'Waiting',
  [ImportJobStatus.RUNNING]: 'Running',
  [ImportJobStatus.SUCCEEDED]: 'Done',
  [ImportJobStatus.FAILED]: 'Failed',
  [ImportJobStatus.INTERRUPTED]: 'Interrupted',
};

/** An ISO timestamp as dd/mm/yyyy hh:mm in UK time. */
export function formatUkDateTime(iso: unknown): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
