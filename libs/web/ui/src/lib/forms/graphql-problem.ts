import type { AbstractControl, FormGroup } from '@angular/forms';

/** What went wrong with a request, ready for a form to show. */
export interface FormProblem {
  /** The API's `extensions.code` (BAD_USER_INPUT, CONFLICT, FORBIDDEN…), or NETWORK / UNKNOWN. */
  readonly code: string;
  /** One sentence for the top of the form, in plain words. */
  readonly message: string;
  /**
   * Messages for named fields, keyed by the input's field name ("toDate", "organisationId").
   * A nested path ("members.2.role") is kept as it is and also filed under its first segment.
   */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** For CONFLICT on a stale version: the record's current version, to save "mine" on top. */
  readonly currentVersion: number | null;
}

interface ApiError {
  readonly message?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

const NETWORK_MESSAGE = 'We could not reach the server. Check your connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong and your changes were not saved. Please try again.';

/** Plain words for codes whose server message is not enough (or not for people) on its own. */
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  FORBIDDEN: 'You do not have permission to do this. Ask an administrator of your organisation if you need it.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again, then try once more.',
  TOO_MANY_REQUESTS: 'Too many attempts in a short time. Wait a minute, then try again.',
  QUERY_TOO_COMPLEX: 'That request asked for too much at once. Try a narrower search.',
  NOT_FOUND: 'This record no longer exists. It may have been archived by someone else.',
  CONFLICT: 'Someone else changed this record after you opened it.',
};

/** The GraphQL errors an Apollo error carries, wherever this version of the client put them. */
export function graphqlErrorsOf(error: unknown): readonly ApiError[] {
  if (!error || typeof error !== 'object') return [];
  const candidate = error as {
    errors?: unknown;
    graphQLErrors?: unknown;
    result?: { errors?: unknown };
    error?: { errors?: unknown };
  };
  for (const list of [candidate.errors, candidate.graphQLErrors, candidate.result?.errors, candidate.error?.errors]) {
    if (Array.isArray(list) && list.length > 0) return list as ApiError[];
  }
  return [];
}

/** The first error's code, or NETWORK / UNKNOWN when the server gave none. */
export function errorCodeOf(error: unknown): string {
  const [first] = graphqlErrorsOf(error);
  const code = first?.extensions?.['code'];
  if (typeof code === 'string') return code;
  return looksLikeNetworkFailure(error) ? 'NETWORK' : 'UNKNOWN';
}

/**
 * Turns whatever a query or mutation threw into plain words and per-field messages.
 * The API's BAD_USER_INPUT (and some CONFLICT) errors name the field in `extensions.field`;
 * their messages are written for people, so they are shown as they are.
 */
export function describeError(error: unknown): FormProblem {
  const errors = graphqlErrorsOf(error);
  if (errors.length === 0) {
    const network = looksLikeNetworkFailure(error);
    return {
      code: network ? 'NETWORK' : 'UNKNOWN',
      message: network ? NETWORK_MESSAGE : UNKNOWN_MESSAGE,
      fieldErrors: {},
      currentVersion: null,
    };
  }
  const fieldErrors: Record<string, string> = {};
  for (const e of errors) {
    const field = e.extensions?.['field'];
    if (typeof field !== 'string' || !field || !e.message) continue;
    fieldErrors[field] ??= e.message;
    const top = field.split('.')[0];
    fieldErrors[top] ??= e.message;
  }
  const first = errors[0];
  const code = typeof first.extensions?.['code'] === 'string' ? (first.extensions['code'] as string) : 'UNKNOWN';
  const version = first.extensions?.['currentVersion'];
  return {
    code,
    message: messageFor(code, first.message, Object.keys(fieldErrors).length > 0),
    fieldErrors,
    currentVersion: typeof version === 'number' ? version : null,
  };
}

/** Just the sentence, for places with no form (a failed load, a button). */
export function plainErrorMessage(error: unknown): string {
  return describeError(error).message;
}

/** Whether the problem is a stale version the person can save on top of. */
export function isVersionConflict(problem: FormProblem | null): boolean {
  return problem?.code === 'CONFLICT' && problem.currentVersion !== null;
}

/**
 * Marks the form's controls with the server's per-field messages (as a `server` error, so a
 * `<mat-error>` can show it) and returns the fields it could not place, for a summary.
 * `aliases` maps the API's field names to control names when they differ.
 */
export function applyFieldErrors(
  form: FormGroup,
  problem: FormProblem,
  aliases: Readonly<Record<string, string>> = {},
): string[] {
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(problem.fieldErrors)) {
    if (field.includes('.')) continue;
    const control: AbstractControl | null = form.get(aliases[field] ?? field);
    if (!control) {
      unplaced.push(field);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
  return unplaced;
}

/** The server's message on a control, if it has one. */
export function serverError(control: AbstractControl | null): string | null {
  const message = control?.errors?.['server'];
  return typeof message === 'string' ? message : null;
}

function messageFor(code: string, serverMessage: string | undefined, hasFieldErrors: boolean): string {
  if (code === 'BAD_USER_INPUT') {
    return hasFieldErrors
      ? 'Some answers need changing. Check the messages next to the fields.'
      : (serverMessage ?? 'Some answers need changing.');
  }
  if (code === 'FORBIDDEN') return CODE_MESSAGES['FORBIDDEN'];
  if (code === 'INTERNAL_SERVER_ERROR') return serverMessage ?? UNKNOWN_MESSAGE;
  if (code === 'CONFLICT') return serverMessage ?? CODE_MESSAGES['CONFLICT'];
  return CODE_MESSAGES[code] ?? serverMessage ?? UNKNOWN_MESSAGE;
}

function looksLikeNetworkFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message, status, statusCode } = error as {
    name?: string;
    message?: string;
    status?: number;
    statusCode?: number;
  };
  if (status === 0 || statusCode === 0) return true;
  return name === 'HttpErrorResponse' || /failed to fetch|network|http failure/i.test(message ?? '');
}
