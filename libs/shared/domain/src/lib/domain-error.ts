/** The codes a domain error can carry; clients read them from `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE';

/**
 * An error the person using the product caused or can act on. Its message is shown
 * as it is, so it must be plain English and safe to reveal. It knows nothing of GraphQL
 * or HTTP: the API maps it at its edge (core/graphql's DomainErrorFilter and
 * formatGraphQLError, or an HTTP filter), keeping the code and the message.
 */
export class DomainError extends Error {
  /** The code and any detail (`field`, `id`…), in the shape GraphQL error extensions take. */
  readonly extensions: Readonly<Record<string, unknown>> & { readonly code: ErrorCode };

  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.extensions = { ...extensions, code };
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `No ${what} has the id ${id}.`, { id });
