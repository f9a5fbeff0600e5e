import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { Subscription, catchError, filter, firstValueFrom, map, of, switchMap, takeWhile, timer } from 'rxjs';
import {
  CsvImportHistoryGQL,
  CsvImportHistoryQuery,
  ImportJobFieldsFragment,
  ImportJobGQL,
  ImportJobStatus,
  LatestCsvImportJobGQL,
} from '../../generated/graphql';
import { CsvImportReport, CsvUploadRequest, csvImportReport, uploadCsv } from './upload-csv';

export type CsvHistoryEntry = CsvImportHistoryQuery['csvImports']['nodes'][number];

/** Where the CSV import flow is: choose a file, check it (dry run), review, import, see the result. */
export type CsvFlowState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly fileName: string; readonly startedAt: number }
  | {
      readonly status: 'importing';
      readonly fileName: string;
      readonly startedAt: number;
      /** The background job, once the server has queued it: its progress bar. */
      readonly job: ImportJobFieldsFragment | null;
    }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'reviewed' | 'done'; readonly report: CsvImportReport };

export type CsvHistoryState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly imports: readonly CsvHistoryEntry[] };

/** What the person chose besides the file; the mapping and confirmations grow during review. */
export type CsvChoices = Omit<CsvUploadRequest, 'dryRun'>;

const finished = (job: Pick<ImportJobFieldsFragment, 'status'>) =>
  job.status !== ImportJobStatus.QUEUED && job.status !== ImportJobStatus.RUNNING;

/**
 * The CSV import flow of the Imports and exports screen: a dry run first (nothing is kept,
 * answered in the request), then, after the person has checked the mapping and confirmed near
 * names, the same file for real as a background job followed every second, and the history of
 * past imports. The job runs on the server, so reopening the page picks a running one up again.
 * Provided by the screen, so it ends with it.
 */
@Injectable()
export class CsvExchangeStore {
  private readonly historyGql = inject(CsvImportHistoryGQL);
  private readonly jobGql = inject(ImportJobGQL);
  private readonly latestGql = inject(LatestCsvImportJobGQL);
  private poll?: Subscription;
  private destroyed = false;
  private readonly flowState = signal<CsvFlowState>({ status: 'idle' });
  private readonly historyState = signal<CsvHistoryState>({ status: 'loading' });
  private choices: CsvChoices | null = null;

  readonly flow: Signal<CsvFlowState> = this.flowState.asReadonly();
  readonly history: Signal<CsvHistoryState> = this.historyState.asReadonly();
  readonly busy = computed(() => ['checking', 'importing'].includes(this.flow().status));

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.poll?.unsubscribe();
    });
  }

  /** Follows a real import still running on the server (after a reload); a finished one is in the history. */
  async resume(): Promise<void> {
    try {
      const result = await firstValueFrom(this.latestGql.fetch({ fetchPolicy: 'network-only' }));
      const job = result.data?.importJobs.nodes[0];
      if (job && !finished(job) && this.flow().status === 'idle') this.follow(job);
    } catch {
      // Nothing to resume is not a problem to report: the form is there either way.
    }
  }

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
    const choices = this.choices;
    if (!choices) return;
    this.flowState.set({ status: 'importing', fileName: choices.file.name, startedAt: Date.now(), job: null });
    const outcome = await uploadCsv({ ...choices, dryRun: false });
    if (this.destroyed) return;
    if (!outcome.ok) return this.flowState.set({ status: 'refused', message: (outcome.error as Error).message });
    if (outcome.value.job) this.follow(outcome.value.job);
  }

  reset(): void {
    this.poll?.unsubscribe();
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
    this.flowState.set({ status: 'checking', fileName: choices.file.name, startedAt: Date.now() });
    const outcome = await uploadCsv({ ...choices, dryRun: !real });
    if (!outcome.ok) return this.flowState.set({ status: 'refused', message: (outcome.error as Error).message });
    const { report } = outcome.value;
    if (!report) return;
    // The mapping the API used (remembered or guessed) is the one the person reviews.
    this.choices = { ...choices, mapping: { ...report.mapping } };
    this.flowState.set({ status: 'reviewed', report });
  }

  /** Polls the job every second until it ends, then shows the import's whole report. */
  private follow(job: ImportJobFieldsFragment): void {
    const startedAt = new Date(job.createdAt as string).getTime();
    this.flowState.set({ status: 'importing', fileName: job.fileName, startedAt, job });
    this.poll?.unsubscribe();
    if (finished(job)) return void this.finish(job);
    this.poll = timer(1000, 1000)
      .pipe(
        switchMap(() =>
          this.jobGql.fetch({ variables: { id: job.id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => result.data?.importJob ?? null),
            catchError(() => of(null)),
          ),
        ),
        filter((next): next is ImportJobFieldsFragment => next !== null),
        takeWhile((next) => !finished(next), true),
      )
      .subscribe((next) => {
        if (finished(next)) void this.finish(next);
        else this.flowState.set({ status: 'importing', fileName: next.fileName, startedAt, job: next });
      });
  }

  private async finish(job: ImportJobFieldsFragment): Promise<void> {
    const resultId = job.report?.resultId;
    const report = resultId ? await csvImportReport(resultId) : null;
    if (this.destroyed) return;
    void this.loadHistory();
    if (!report)
      return this.flowState.set({
        status: 'refused',
        message: job.error ?? 'The import ended, but its report could not be read. See the past imports below.',
      });
    this.flowState.set({ status: report.problem ? 'reviewed' : 'done', report });
  }
}
