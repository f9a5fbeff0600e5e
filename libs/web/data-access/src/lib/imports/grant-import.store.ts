import { DestroyRef, Injectable, Signal, inject, signal } from '@angular/core';
import type { Result } from '@cg/shared/domain';
import { Subscription, catchError, filter, firstValueFrom, map, of, switchMap, takeWhile, timer } from 'rxjs';
import {
  GrantImportJobGQL,
  ImportJobFieldsFragment,
  ImportJobStatus,
  LatestGrantImportGQL,
} from '../../generated/graphql';

export type GrantImportJobView = ImportJobFieldsFragment;

export type GrantImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly fileName: string }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'tracking'; readonly job: GrantImportJobView };

/** What the upload form chose besides the file. */
export interface GrantUploadChoice {
  readonly organisationId: string;
  readonly visibility: 'PUBLIC' | 'PARTNERS' | 'PRIVATE';
  /** Only check: the report says what would be added, changed and refused; nothing is kept. */
  readonly dryRun?: boolean;
}

export const GRANT_UPLOAD_PATH = '/imports/360giving';

/** Whether a grants import has nothing more to report. */
export function grantImportFinished(job: Pick<GrantImportJobView, 'status'>): boolean {
  return job.status !== ImportJobStatus.QUEUED && job.status !== ImportJobStatus.RUNNING;
}

/**
 * Sends a 360Giving file to `POST /imports/360giving` as the raw body, for the organisation and
 * visibility chosen; answers the job's id, or an Error whose message is the API's sentence when
 * it refuses (or ours when the server cannot be reached), ready to show as it is.
 */
export async function uploadGrantFile(
  file: Blob & { readonly name: string },
  choice: GrantUploadChoice,
  send: typeof fetch = fetch,
): Promise<Result<string>> {
  const query = new URLSearchParams({
    name: file.name,
    organisation: choice.organisationId,
    visibility: choice.visibility,
    dryRun: String(!!choice.dryRun),
  });
  try {
    const response = await send(`${GRANT_UPLOAD_PATH}?${query}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Requested-With': 'common-ground' },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
    if (response.ok && body?.id) return { ok: true, value: body.id };
    return {
      ok: false,
      error: new Error(body?.error?.message ?? `The server did not accept the file (HTTP ${response.status}).`),
    };
  } catch {
    return {
      ok: false,
      error: new Error('We could not reach the server, so the file was not sent. Check your connection and try again.'),
    };
  }
}

/**
 * The grants step of the Imports screen: uploads a 360Giving file and follows its job every
 * second until it ends. The job runs on the server, so opening the page again (or reloading)
 * picks the newest import up where it is.
 */
@Injectable()
export class GrantImportStore {
  private readonly jobGql = inject(GrantImportJobGQL);
  private readonly latestGql = inject(LatestGrantImportGQL);
  private readonly current = signal<GrantImportState>({ status: 'idle' });
  private poll?: Subscription;
  private destroyed = false;

  readonly state: Signal<GrantImportState> = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.poll?.unsubscribe();
    });
  }

  /** Shows the newest grants import, following it if it still runs. */
  async resume(): Promise<void> {
    try {
      const result = await firstValueFrom(this.latestGql.fetch({ fetchPolicy: 'network-only' }));
      const job = result.data?.importJobs.nodes[0];
      if (job && this.current().status === 'idle') this.track(job);
    } catch {
      // Nothing to resume is not a problem to report: the form is there either way.
    }
  }

  async upload(file: File, choice: GrantUploadChoice): Promise<void> {
    this.poll?.unsubscribe();
    this.current.set({ status: 'uploading', fileName: file.name });
    const outcome = await uploadGrantFile(file, choice);
    if (this.destroyed) return;
    if (!outcome.ok) {
      // uploadGrantFile refuses only with an Error that holds the sentence to show.
      this.current.set({ status: 'refused', message: (outcome.error as Error).message });
      return;
    }
    const result = await firstValueFrom(
      this.jobGql.fetch({ variables: { id: outcome.value }, fetchPolicy: 'network-only' }),
    ).catch(() => null);
    const job = result?.data?.importJob;
    if (job) this.track(job);
    else
      this.current.set({
        status: 'refused',
        message: 'The file was sent and the import queued, but we could not follow it here.',
      });
  }

  private track(job: GrantImportJobView): void {
    this.current.set({ status: 'tracking', job });
    this.poll?.unsubscribe();
    if (grantImportFinished(job) || this.destroyed) return;
    this.poll = timer(1000, 1000)
      .pipe(
        switchMap(() =>
          this.jobGql.fetch({ variables: { id: job.id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => result.data?.importJob ?? null),
            catchError(() => of(null)),
          ),
        ),
        filter((next): next is GrantImportJobView => next !== null),
        takeWhile((next) => !grantImportFinished(next), true),
      )
      .subscribe((next) => this.current.set({ status: 'tracking', job: next }));
  }
}
