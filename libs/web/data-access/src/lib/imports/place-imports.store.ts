import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { Subscription, catchError, filter, firstValueFrom, map, of, switchMap, takeWhile, timer } from 'rxjs';
import { ImportJobGQL, RecentImportJobsGQL } from '../../generated/graphql';
import { ImportJobView, isFinished, uploadPlaceFile } from './upload-place-file';

/** Where one step of the Imports screen is. */
export type ImportStepState =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly fileName: string }
  | { readonly status: 'refused'; readonly fileName: string; readonly message: string }
  | { readonly status: 'tracking'; readonly job: ImportJobView };

export type RecentImportsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly jobs: readonly ImportJobView[] };

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000;
const RECENT = 20;

/**
 * Uploads of official place data and their progress, one step per kind, and the recent import
 * jobs. A running job is polled every second until it is done or failed, or the page is left
 * (the store is provided by the page, so its DestroyRef ends the polling). Opening the page while
 * an import runs picks that job's progress up again.
 */
@Injectable()
export class PlaceImportsStore {
  private readonly jobGql = inject(ImportJobGQL);
  private readonly recentGql = inject(RecentImportJobsGQL);
  private readonly polls = new Map<string, Subscription>();
  private readonly steps = signal<Readonly<Record<string, ImportStepState>>>({});
  private readonly recentState = signal<RecentImportsState>({ status: 'loading' });
  private destroyed = false;

  readonly recent: Signal<RecentImportsState> = this.recentState.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      for (const poll of this.polls.values()) poll.unsubscribe();
      this.polls.clear();
    });
  }

  /** One step's state, as a signal. */
  step(kind: string): Signal<ImportStepState> {
    return computed(() => this.steps()[kind] ?? { status: 'idle' });
  }

  /** Loads the recent jobs; a kind whose newest job is still running gets its progress bar back. */
  async loadRecent(resume = true): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.recentGql.fetch({ variables: { first: RECENT }, fetchPolicy: 'network-only' }),
      );
      if (result.error || !result.data) throw result.error ?? new Error('No import jobs came back.');
      const jobs = result.data.importJobs.nodes;
      this.recentState.set({ status: 'ready', jobs });
      if (!resume) return;
      const newestByKind = new Map<string, ImportJobView>();
      for (const job of jobs) if (!newestByKind.has(job.kind)) newestByKind.set(job.kind, job);
      for (const [kind, job] of newestByKind) {
        if (!isFinished(job) && (this.steps()[kind]?.status ?? 'idle') === 'idle') this.track(kind, job);
      }
    } catch {
      if (this.recentState().status !== 'ready') this.recentState.set({ status: 'error' });
    }
  }

  /** Sends the file and follows the import it starts. */
  async upload(kind: string, file: File): Promise<void> {
    this.polls.get(kind)?.unsubscribe();
    this.set(kind, { status: 'uploading', fileName: file.name });
    const outcome = await uploadPlaceFile(kind, file);
    if (this.destroyed) return;
    if (!outcome.ok) {
      this.set(kind, { status: 'refused', fileName: file.name, message: (outcome.error as Error).message });
      return;
    }
    const job = await this.fetchJob(outcome.value);
    if (job) this.track(kind, job);
    else
      this.set(kind, {
        status: 'refused',
        fileName: file.name,
        message:
          'The file was sent and the import queued, but we could not follow it here; see the recent imports below.',
      });
    void this.loadRecent(false);
  }

  /** Shows the job and polls it every second until it finishes. */
  private track(kind: string, job: ImportJobView): void {
    this.set(kind, { status: 'tracking', job });
    this.polls.get(kind)?.unsubscribe();
    if (isFinished(job) || this.destroyed) return;
    const poll = timer(POLL_MS, POLL_MS)
      .pipe(
        switchMap(() =>
          this.jobGql.fetch({ variables: { id: job.id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => result.data?.importJob ?? null),
            // A missed answer (a blip in the connection) is skipped; the next second asks again.
            catchError(() => of(null)),
          ),
        ),
        filter((next): next is ImportJobView => next !== null),
        takeWhile((next) => !isFinished(next), true),
      )
      .subscribe((next) => {
        this.set(kind, { status: 'tracking', job: next });
        if (isFinished(next)) void this.loadRecent(false);
      });
    this.polls.set(kind, poll);
  }

  private async fetchJob(id: string): Promise<ImportJobView | null> {
    try {
      const result = await firstValueFrom(this.jobGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      return result.data?.importJob ?? null;
    } catch {
      return null;
    }
  }

  private set(kind: string, state: ImportStepState): void {
    this.steps.update((steps) => ({ ...steps, [kind]: state }));
  }
}
