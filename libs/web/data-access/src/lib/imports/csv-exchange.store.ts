import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CsvImportHistoryGQL, CsvImportHistoryQuery } from '../../generated/graphql';
import { CsvImportReport, CsvUploadRequest, uploadCsv } from './upload-csv';

export type CsvHistoryEntry = CsvImportHistoryQuery['csvImports']['nodes'][number];

/** Where the CSV import flow is: choose a file, check it (dry run), review, import, see the result. */
export type CsvFlowState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' | 'importing'; readonly fileName: string; readonly startedAt: number }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'reviewed' | 'done'; readonly report: CsvImportReport };

export type CsvHistoryState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly imports: readonly CsvHistoryEntry[] };

/** What the person chose besides the file; the mapping and confirmations grow during review. */
export type CsvChoices = Omit<CsvUploadRequest, 'dryRun'>;

/**
 * The CSV import flow of the Imports and exports screen: a dry run first (nothing is kept),
 * then, after the person has checked the mapping and confirmed near names, the same file for
 * real, and the history of past imports. Provided by the screen, so it ends with it.
 */
@Injectable()
export class CsvExchangeStore {
  private readonly historyGql = inject(CsvImportHistoryGQL);
  private readonly flowState = signal<CsvFlowState>({ status: 'idle' });
  private readonly historyState = signal<CsvHistoryState>({ status: 'loading' });
  private choices: CsvChoices | null = null;

  readonly flow: Signal<CsvFlowState> = this.flowState.asReadonly();
  readonly history: Signal<CsvHistoryState> = this.historyState.asReadonly();
  readonly busy = computed(() => ['checking', 'importing'].includes(this.flow().status));

  /** Checks the file: every row is read and judged, then everything is rolled back. */
  check(choices: CsvChoices): Promise<void> {
    this.choices = choices;
    return this.send(false);
  }

  /** Checks again with a changed mapping or newly confirmed names. */
  recheck(changes: Pick<CsvChoices, 'mapping' | 'confirmations'>): Promise<void> {
    if (!this.choices) return Promise.resolve();
    this.choices = { ...this.choices, ...changes };
    return this.send(false);
  }

  /** Imports the checked file for real, with the reviewed mapping and confirmations. */
  async confirm(): Promise<void> {
    await this.send(true);
    void this.loadHistory();
  }

  reset(): void {
    this.choices = null;
    this.flowState.set({ status: 'idle' });
  }

  async loadHistory(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.historyGql.fetch({ variables: { first: 20 }, fetchPolicy: 'network-only' }),
      );
      if (result.error || !result.data) throw result.error ?? new Error('No imports came back.');
      this.historyState.set({ status: 'ready', imports: result.data.csvImports.nodes });
    } catch {
      if (this.historyState().status !== 'ready') this.historyState.set({ status: 'error' });
    }
  }

  private async send(real: boolean): Promise<void> {
    const choices = this.choices;
    if (!choices) return;
    this.flowState.set({ status: real ? 'importing' : 'checking', fileName: choices.file.name, startedAt: Date.now() });
    const outcome = await uploadCsv({ ...choices, dryRun: !real });
    if (!outcome.ok) return this.flowState.set({ status: 'refused', message: outcome.message });
    // The mapping the API used (remembered or guessed) is the one the person reviews.
    this.choices = { ...choices, mapping: { ...outcome.report.mapping } };
    this.flowState.set({ status: real && !outcome.report.problem ? 'done' : 'reviewed', report: outcome.report });
  }
}
