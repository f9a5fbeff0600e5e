import type { Result } from '@cg/shared/domain';
import { ImportJobStatus, type ImportJobFieldsFragment } from '../../generated/graphql';

export type ImportJobView = ImportJobFieldsFragment;

/** Same-origin path of the API's upload endpoint (the API serves the web app; the dev server proxies it). */
export const PLACE_UPLOAD_PATH = '/imports/places';

/**
 * Sends one official file to `POST /imports/places/<kind>?name=<file name>` as the raw body. The
 * X-Requested-With header is the API's guard against uploads forged by another site; the session
 * cookie goes with it. A REST upload rather than GraphQL because the files run to hundreds of megabytes.
 * Answers the queued job's id, or an Error whose message says why the server refused it, ready to show.
 */
export async function uploadPlaceFile(
  kind: string,
  file: Blob & { readonly name: string },
  send: typeof fetch = fetch,
): Promise<Result<string>> {
  let response: Response;
  try {
    response = await send(`${PLACE_UPLOAD_PATH}/${encodeURIComponent(kind)}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Requested-With': 'common-ground' },
      body: file,
    });
  } catch {
    return {
      ok: false,
      error: new Error('We could not reach the server, so the file was not sent. Check your connection and try again.'),
    };
  }
  const body = (await response.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
  if (response.ok && body?.id) return { ok: true, value: body.id };
  return { ok: false, error: new Error(body?.error?.message ?? uploadRefusal(response.status)) };
}

/** The words for a refusal that came without the API's own sentence (a proxy's error page, say). */
function uploadRefusal(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again, then upload the file.';
  if (status === 403) return 'Only instance administrators can import official place data.';
  if (status === 413)
    return 'The file is larger than the server accepts. Ask whoever runs Common Ground to import it from the command line.';
  return `The server did not accept the file (HTTP ${status}). Try again, or import it from the command line.`;
}

/** Whether a job has nothing more to report. */
export function isFinished(job: Pick<ImportJobView, 'status'>): boolean {
  return (
    job.status === ImportJobStatus.SUCCEEDED ||
    job.status === ImportJobStatus.FAILED ||
    job.status === ImportJobStatus.INTERRUPTED
  );
}
