import type { Result } from '@cg/shared/domain';
import type { ImportJobFieldsFragment } from '../../generated/graphql';

/** The kinds of record a CSV file can bring in, as the API names them, with the screen's words. */
export const CSV_KINDS = [
  { kind: 'organisations', label: 'Organisations' },
  { kind: 'people', label: 'People' },
  { kind: 'relationships', label: 'Relationships between organisations' },
  { kind: 'memberships', label: 'Partnership memberships' },
  { kind: 'activities', label: 'Activities' },
  { kind: 'measurements', label: 'Measurements (indicator readings)' },
] as const;

export type CsvRowAction = 'CREATED' | 'UPDATED' | 'MATCHED' | 'REJECTED' | 'NEEDS_CONFIRMATION';

/** A near name the person must confirm (or correct in the file). */
export interface CsvMatchToConfirm {
  readonly field: string;
  readonly kind: string;
  readonly text: string;
  readonly key: string;
  readonly candidates: readonly { readonly id: string; readonly name: string; readonly similarity: number }[];
}

/** The API's report of a CSV import or dry run (`POST /imports/csv/<kind>`). */
export interface CsvImportReport {
  readonly kind: string;
  readonly fileName: string;
  readonly source: string;
  readonly dryRun: boolean;
  readonly problem: string | null;
  readonly columns: readonly string[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly fields: readonly {
    readonly name: string;
    readonly label: string;
    readonly required?: boolean;
    readonly hint?: string;
  }[];
  readonly counts: {
    readonly rows: number;
    readonly created: number;
    readonly updated: number;
    readonly matched: number;
    readonly rejected: number;
    readonly needsConfirmation: number;
  };
  readonly rows: readonly {
    readonly line: number;
    readonly action: CsvRowAction;
    readonly label: string;
    readonly recordId: string | null;
    readonly errors: readonly { readonly field: string; readonly reason: string }[];
    readonly matches: readonly CsvMatchToConfirm[];
    readonly note: string | null;
  }[];
  readonly rejected: readonly {
    readonly line: number;
    readonly values: Readonly<Record<string, string>>;
    readonly error: string;
  }[];
  readonly matchesToConfirm: readonly CsvMatchToConfirm[];
  readonly notes: readonly string[];
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
  readonly importId: string | null;
}

export interface CsvUploadRequest {
  readonly kind: string;
  readonly file: Blob & { readonly name: string };
  readonly organisationId: string;
  readonly source: string;
  readonly visibility: string;
  readonly dryRun: boolean;
  readonly mapping: Readonly<Record<string, string>> | null;
  readonly confirmations: Readonly<Record<string, string>>;
}

/** A dry run answers its report; a real import answers its background job (202). */
export type CsvUploadAnswer =
  | { readonly report: CsvImportReport; readonly job?: undefined }
  | { readonly job: ImportJobFieldsFragment; readonly report?: undefined };

/**
 * Sends a CSV to `POST /imports/csv/<kind>` as the raw body, with the mapping and confirmations
 * as JSON query parameters, and answers a dry run's report, or the background job of a real import;
 * refused, an Error whose message is the sentence to show.
 * The X-Requested-With header is the API's guard against uploads forged by another site.
 */
export async function uploadCsv(
  request: CsvUploadRequest,
  send: typeof fetch = fetch,
): Promise<Result<CsvUploadAnswer>> {
  const query = new URLSearchParams({
    name: request.file.name,
    organisationId: request.organisationId,
    source: request.source,
    visibility: request.visibility,
    dryRun: String(request.dryRun),
  });
  if (request.mapping) query.set('mapping', JSON.stringify(request.mapping));
  if (Object.keys(request.confirmations).length > 0) query.set('confirmations', JSON.stringify(request.confirmations));
  let response: Response;
  try {
    response = await send(`/imports/csv/${encodeURIComponent(request.kind)}?${query}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Requested-With': 'common-ground' },
      body: request.file,
    });
  } catch {
    return {
      ok: false,
      error: new Error('We could not reach the server, so the file was not sent. Check your connection and try again.'),
    };
  }
  const body = (await response.json().catch(() => null)) as
    | (CsvImportReport & ImportJobFieldsFragment & { error?: { message?: string } })
    | null;
  if (response.status === 202 && body?.id) return { ok: true, value: { job: body } };
  if (response.ok && body && 'counts' in body) return { ok: true, value: { report: body } };
  return {
    ok: false,
    error: new Error(
      body?.error?.message ?? `The server did not accept the file (HTTP ${response.status}). Try again.`,
    ),
  };
}

/** A finished import's whole report, from its history entry (the job keeps only its counts). */
export async function csvImportReport(importId: string, send: typeof fetch = fetch): Promise<CsvImportReport | null> {
  try {
    const response = await send(`/imports/csv/${encodeURIComponent(importId)}/report`, { credentials: 'include' });
    return response.ok ? ((await response.json()) as CsvImportReport) : null;
  } catch {
    return null;
  }
}

/** A dry run's error file, built by the API from the report's rejected rows (a dry run keeps nothing to fetch later). */
export async function dryRunErrorFile(report: CsvImportReport, send: typeof fetch = fetch): Promise<Blob | null> {
  try {
    const response = await send('/imports/csv-errors', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'common-ground' },
      body: JSON.stringify({ fileName: report.fileName, columns: report.columns, rejected: report.rejected }),
    });
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}

/** Where an import's error file, and an organisation's archive, are downloaded from. */
export const csvErrorFileUrl = (importId: string) => `/imports/csv/${encodeURIComponent(importId)}/errors.csv`;
export const archiveUrl = (organisationId: string | null) =>
  organisationId ? `/exports/archive?organisationId=${encodeURIComponent(organisationId)}` : '/exports/archive';
