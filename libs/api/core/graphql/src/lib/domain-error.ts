import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS' | 'QUERY_TOO_COMPLEX' | 'SERVICE_UNAVAILABLE';

/**
 * An error the person using the product caused or can act on. Its message is shown
 * as it is, so it must be plain English and safe to reveal.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `No ${what} has the id ${id}.`, { id });
