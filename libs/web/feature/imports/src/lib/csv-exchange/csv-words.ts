import type { CsvImportReport, CsvRowAction } from '@cg/web/data-access';

const count = (value: number) => value.toLocaleString('en-GB');

/** What a row's action is called, in a dry run (would) and after the import (was). */
export function actionWords(action: CsvRowAction, dryRun: boolean): string {
  const words: Record<CsvRowAction, [string, string]> = {
    CREATED: ['Would be created', 'Created'],
    UPDATED: ['Would be updated', 'Updated'],
    MATCHED: ['Already there', 'Already there'],
    REJECTED: ['Has errors', 'Not imported'],
    NEEDS_CONFIRMATION: ['Name to confirm', 'Not imported: name to confirm'],
  };
  return words[action][dryRun ? 0 : 1];
}

/** "2 to create, 1 to update, 4 already there, 1 with errors, 1 name to confirm." */
export function countsSentence(report: Pick<CsvImportReport, 'counts' | 'dryRun'>): string {
  const c = report.counts;
  const parts = report.dryRun
    ? [`${count(c.created)} to create`, `${count(c.updated)} to update`, `${count(c.matched)} already there`]
    : [`${count(c.created)} created`, `${count(c.updated)} updated`, `${count(c.matched)} already there`];
  if (c.rejected > 0) parts.push(`${count(c.rejected)} with errors`);
  if (c.needsConfirmation > 0) parts.push(`${count(c.needsConfirmation)} with a name to confirm`);
  return `${count(c.rows)} ${c.rows === 1 ? 'row' : 'rows'}: ${parts.join(', ')}.`;
}

/** "Checked in 0.4 s (1,200 rows a second)." */
export function timingSentence(report: Pick<CsvImportReport, 'elapsedMs' | 'rowsPerSecond' | 'dryRun'>): string {
  return `${report.dryRun ? 'Checked' : 'Imported'} in ${(report.elapsedMs / 1000).toFixed(1)} s (${count(report.rowsPerSecond)} rows a second).`;
}

/** Where a created or matched record opens, for the kinds that have a page of their own. */
export function recordLink(kind: string, recordId: string | null): string | null {
  if (!recordId) return null;
  if (kind === 'organisations') return `/organisations/${recordId}`;
  if (kind === 'people') return `/people/${recordId}`;
  return null;
}
