import { FieldError } from './row-reader';
import { Candidate } from './references';
import { FieldSpec } from '../kinds/kind-spec';

/** What happened (or, in a dry run, would happen) to one row. */
export type RowAction = 'CREATED' | 'UPDATED' | 'MATCHED' | 'REJECTED' | 'NEEDS_CONFIRMATION';

/** A name in the file that matched nothing exactly but resembles records: the person chooses. */
export interface MatchToConfirm {
  field: string;
  kind: string;
  text: string;
  /** Send back `confirmations[key] = candidate id` to use one. */
  key: string;
  candidates: Candidate[];
}

export interface RowOutcome {
  line: number;
  action: RowAction;
  /** How the record is named, for the report. */
  label: string;
  /** The record created, updated or matched (the id it would get is not known in a dry run). */
  recordId: string | null;
  errors: FieldError[];
  matches: MatchToConfirm[];
  /** A remark about a matched record: "belongs to another organisation; left as it is". */
  note: string | null;
}

/** A row that was not written, as the file had it, with what is wrong: the error file's rows. */
export interface RejectedRow {
  line: number;
  values: Record<string, string>;
  error: string;
}

export interface CsvImportCounts {
  rows: number;
  created: number;
  updated: number;
  matched: number;
  rejected: number;
  needsConfirmation: number;
}

/**
 * What an import did, or a dry run would do: the same report either way, so the dry run is a
 * faithful preview. `problem` is set when the file as a whole could not be used (empty, not
 * UTF-8, a required column missing): then no row was read and nothing was written.
 */
export interface CsvImportReport {
  kind: string;
  fileName: string;
  source: string;
  dryRun: boolean;
  problem: string | null;
  /** The file's column headings, and which feeds which field. */
  columns: string[];
  mapping: Record<string, string>;
  fields: FieldSpec[];
  counts: CsvImportCounts;
  /** Each row's outcome, the first ROWS_LISTED of them; counts cover every row. */
  rows: RowOutcome[];
  /** Rows not written, the first REJECTED_KEPT of them, for the error file. */
  rejected: RejectedRow[];
  /** Every distinct fuzzy match still to confirm (the same name on many rows is asked once). */
  matchesToConfirm: MatchToConfirm[];
  notes: string[];
  elapsedMs: number;
  rowsPerSecond: number;
  /** The history entry of a real import (also of a refused file); null for a dry run. */
  importId: string | null;
}

export const ROWS_LISTED = 1000;
export const REJECTED_KEPT = 10000;

export const emptyCounts = (): CsvImportCounts => ({
  rows: 0,
  created: 0,
  updated: 0,
  matched: 0,
  rejected: 0,
  needsConfirmation: 0,
});

/** "name: is required and was blank; date: “31/02/2025” is not a date" */
export function errorSentence(errors: readonly FieldError[], matches: readonly MatchToConfirm[]): string {
  return [
    ...errors.map((error) => `${error.field}: ${error.reason}`),
    ...matches.map(
      (match) =>
        `${match.field}: “${match.text}” matches no ${match.kind} exactly; confirm one of ${match.candidates.map((c) => `“${c.name}”`).join(', ')} or correct the name`,
    ),
  ].join('; ');
}
