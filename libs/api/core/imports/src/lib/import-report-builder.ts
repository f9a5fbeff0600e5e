import { ImportJobReport, ImportProblem } from './import-runner';

/** Every problem is counted; this many are listed row by row. */
export const PROBLEMS_LISTED = 100;

/** Counts what an import does as it goes, and gives the report at the end. */
export class ImportReportBuilder {
  private readonly started = Date.now();
  rowsRead = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  private problemCount = 0;
  private readonly problems: ImportProblem[] = [];
  private readonly reasons: Record<string, number> = {};
  private readonly notes: string[] = [];
  private readonly tallies: Record<string, number> = {};

  /** A row the import could not use. `category` groups the count; `detail` (if any) is the sentence listed. */
  problem(line: number, code: string, category: string, detail?: string): void {
    this.problemCount++;
    this.reasons[category] = (this.reasons[category] ?? 0) + 1;
    if (this.problems.length < PROBLEMS_LISTED) this.problems.push({ line, code, reason: detail ?? category });
  }

  get problemsFound(): number {
    return this.problemCount;
  }

  tally(label: string, count = 1): void {
    this.tallies[label] = (this.tallies[label] ?? 0) + count;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  report(): ImportJobReport {
    const elapsedMs = Date.now() - this.started;
    return {
      rowsRead: this.rowsRead,
      inserted: this.inserted,
      updated: this.updated,
      unchanged: this.unchanged,
      unmatchedCount: this.problemCount,
      unmatched: [...this.problems],
      unmatchedReasons: { ...this.reasons },
      notes: [...this.notes],
      tallies: { ...this.tallies },
      elapsedMs,
      rowsPerSecond: Math.round(this.rowsRead / Math.max(elapsedMs / 1000, 0.001)),
    };
  }
}

/** The report as lines of text, for the CLI. */
export function formatImportReport(title: string, report: ImportJobReport, listed = 20): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const lines = [
    `${title}: ${n(report.rowsRead)} rows read in ${(report.elapsedMs / 1000).toFixed(1)} s (${n(report.rowsPerSecond)} rows/s).`,
    `  ${n(report.inserted)} added, ${n(report.updated)} changed, ${n(report.unchanged)} unchanged.`,
  ];
  for (const [label, count] of Object.entries(report.tallies ?? {})) lines.push(`  ${n(count)} ${label}.`);
  for (const note of report.notes) lines.push(`  ${note}`);
  if (report.unmatchedCount > 0) {
    lines.push(`  ${n(report.unmatchedCount)} rows could not be used:`);
    for (const [reason, count] of Object.entries(report.unmatchedReasons)) lines.push(`    ${n(count)} × ${reason}`);
    for (const row of report.unmatched.slice(0, listed)) lines.push(`    line ${row.line}: ${row.code}: ${row.reason}`);
    if (report.unmatchedCount > listed) lines.push(`    … and ${n(report.unmatchedCount - listed)} more.`);
  }
  return lines.join('\n');
}
