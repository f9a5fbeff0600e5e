import { DomainError } from '@cg/shared/domain';

/** Why PostgreSQL could not serve a request, for the client and for monitoring. */
export type DatabaseFaultReason = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'STATEMENT_TIMEOUT';

const MESSAGES: Record<DatabaseFaultReason, string> = {
  DATABASE_UNAVAILABLE: 'The database cannot be reached just now. Nothing was changed; try again in a moment.',
  DATABASE_BUSY:
    'The server is too busy to take this request just now (no database connection came free in time). Nothing was changed; try again in a moment.',
  STATEMENT_TIMEOUT:
    'This request took too long and was stopped, so nothing was changed. Try again; if it keeps happening, ask for less at once (a smaller page or a narrower filter).',
};

// Node's socket errors when PostgreSQL is not listening or went away.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATEs of a server that is stopping, starting or full (class 08 is any connection exception).
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// What pg says when a connection dies under it or was never made.
const UNAVAILABLE_MESSAGES = /Connection terminated|not queryable|Connection ended|terminating connection/i;

/**
 * Recognises a fault of the database rather than of the request: PostgreSQL stopped or
 * unreachable, no pooled connection free in time, or a statement cut by the statement timeout.
 * These become SERVICE_UNAVAILABLE with a sentence a person can act on; anything else is
 * left alone (undefined).
 */
export function databaseFault(error: unknown): DomainError | undefined {
  for (const cause of causes(error)) {
    const reason = reasonOf(cause);
    if (reason) return new DomainError('SERVICE_UNAVAILABLE', MESSAGES[reason], { reason });
  }
  return undefined;
}

function reasonOf(error: { code?: unknown; message?: unknown }): DatabaseFaultReason | undefined {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  // 57014 is a statement cut by statement_timeout; 25P03 an idle transaction cut by its timeout.
  if (code === '57014' || code === '25P03') return 'STATEMENT_TIMEOUT';
  if (message === 'timeout exceeded when trying to connect') return 'DATABASE_BUSY';
  if (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return 'DATABASE_UNAVAILABLE';
  if (UNAVAILABLE_MESSAGES.test(message)) return 'DATABASE_UNAVAILABLE';
  return undefined;
}

/** The error and what it wraps: GraphQL's originalError, TypeORM's driverError, an Error's cause. */
function causes(error: unknown): { code?: unknown; message?: unknown }[] {
  const found: { code?: unknown; message?: unknown }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object' && !found.includes(current); depth++) {
    found.push(current);
    const wrapper = current as { originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown[] };
    current = wrapper.originalError ?? wrapper.driverError ?? wrapper.cause ?? wrapper.errors?.[0];
  }
  return found;
}
