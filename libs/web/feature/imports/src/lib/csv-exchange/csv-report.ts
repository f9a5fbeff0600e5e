import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { CsvImportReport } from '@cg/web/data-access';
import { actionWords, countsSentence, recordLink, timingSentence } from './csv-words';

/**
 * A CSV import's report: the problem with the file, or which column feeds which field (to
 * change before importing), names to confirm, and each row's outcome with the field and the
 * reason for every error. The same view serves the dry run and the result.
 */
@Component({
  selector: 'cg-csv-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatFormField, MatLabel, MatSelect, MatOption, RouterLink],
  templateUrl: './csv-report.html',
  styleUrl: './csv-report.scss',
})
export class CsvReport {
  readonly report = input.required<CsvImportReport>();
  /** Whether the mapping and confirmations can still change (a dry run under review). */
  readonly editable = input(false);
  readonly mappingChange = output<Record<string, string>>();
  readonly confirmMatch = output<{ key: string; id: string }>();

  protected readonly counts = computed(() => countsSentence(this.report()));
  protected readonly timing = computed(() => timingSentence(this.report()));

  /** The column mapped to a field, or '' (the "not mapped" choice) when none is. */
  protected mappedColumn(field: string): string {
    return this.report().mapping[field] ?? '';
  }
  protected readonly action = (action: Parameters<typeof actionWords>[0]) => actionWords(action, this.report().dryRun);
  protected readonly link = (recordId: string | null) => recordLink(this.report().kind, recordId);
  protected readonly problemRows = computed(() =>
    this.report().rows.filter((row) => row.errors.length > 0 || row.matches.length > 0),
  );

  protected map(field: string, column: string): void {
    this.mappingChange.emit({ ...this.report().mapping, [field]: column });
  }
}
