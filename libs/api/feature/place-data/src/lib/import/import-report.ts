import { PlaceImportKind } from './place-import-kind';

/** A row the import could not use: where it was, which code, and why. */
export interface UnmatchedRow {
  line: number;
  code: string;
  reason: string;
}

/** What an import did, for the CLI, the import job and the tests. */
export interface PlaceImportReport {
  kind: PlaceImportKind;
  file: string;
  rowsRead: number;
  /** Places or postcodes written for the first time. */
  inserted: number;
  /** Existing ones whose values changed. */
  updated: number;
  /** Existing ones the file left exactly as they were (a re-import is all unchanged). */
  unchanged: number;
  /** Aliases added or pointed somewhere new. */
  aliases: number;
  /** Every row the import could not use is counted; the first `UNMATCHED_LISTED` are listed. */
  unmatchedCount: number;
  unmatched: UnmatchedRow[];
  /** Unmatched rows counted by reason, so a long list still reads as a few sentences. */
  unmatchedReasons: Record<string, number>;
  /** Anything else the import decided and someone should know. */
  notes: string[];
  elapsedMs: number;
  rowsPerSecond: number;
}

export const UNMATCHED_LISTED = 100;

/** The report as lines of text, for the CLI. */
export function formatReport(report: PlaceImportReport, listed = 20): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const lines = [
    `${report.kind} from ${report.file}: ${n(report.rowsRead)} rows read in ${(report.elapsedMs / 1000).toFixed(1)} s (${n(report.rowsPerSecond)} rows/s).`,
    `  ${n(report.inserted)} added, ${n(report.updated)} changed, ${n(report.unchanged)} unchanged, ${n(report.aliases)} aliases added or moved.`,
  ];
  for (const note of report.notes) lines.push(`  ${note}`);
  if (report.unmatchedCount > 0) {
    lines.push(`  ${n(report.unmatchedCount)} rows could not be matched:`);
    for (const [reason, count] of Object.entries(report.unmatchedReasons)) lines.push(`    ${n(count)} × ${reason}`);
    for (const row of report.unmatched.slice(0, listed)) lines.push(`    line ${row.line}: ${row.code}: ${row.reason}`);
    if (report.unmatchedCount > listed)
      lines.push(
        `    … and ${n(report.unmatchedCount - listed)} more (the import job keeps the first ${UNMATCHED_LISTED}).`,
      );
  }
  return lines.join('\n');
}
