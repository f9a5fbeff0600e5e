import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { domainErrorIn } from './domain-error.filter';
import { databaseFault } from './database-fault';

const logger = new Logger('GraphQL');

/** Codes whose messages were written for people and can be shown as they are. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Every GraphQL error leaves through here. Known errors keep their code and message;
 * database faults become SERVICE_UNAVAILABLE (database-fault.ts); anything else is logged
 * with a correlation id and shown as a generic error, so no SQL or stack trace reaches the browser.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const domain = domainErrorIn(original);
  if (domain) return { ...formatted, message: domain.message, extensions: { ...domain.extensions } };
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // PostgreSQL down, the pool full or a statement timed out: the person can only wait and retry.
  const fault = databaseFault(original);
  if (fault) {
    logger.warn(`${fault.extensions['reason']}: ${describe(original).split('\n')[0]}`);
    return {
      message: fault.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: fault.extensions,
    };
  }
  const correlationId = randomUUID();
  logger.error(`${correlationId} ${describe(original)}`);
  return {
    message: `Something went wrong on our side. If it keeps happening, quote reference ${correlationId}.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}

function describe(error: unknown): string {
  const inner = (error as { originalError?: unknown }).originalError ?? error;
  return inner instanceof Error ? (inner.stack ?? inner.message) : String(inner);
}
