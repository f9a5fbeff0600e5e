import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@cg/shared/domain';
import { GraphQLError } from 'graphql';

/** The one mapping from a domain error to GraphQL: its message as it is, its code and detail as extensions. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions }, originalError: error });
}

/** The domain error behind a GraphQL error, however deeply graphql-js or Apollo wrapped it. */
export function domainErrorIn(error: unknown): DomainError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Domain errors are expected outcomes (bad input, conflicts), not faults: hand them to
 * GraphQL as errors with their code, so Nest does not log a stack trace for each one.
 * Errors that never pass a Nest filter (field resolvers, Apollo plugins) are mapped the
 * same way by formatGraphQLError.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): GraphQLError {
    return toGraphQLError(error);
  }
}
