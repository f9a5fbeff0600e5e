import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error';

/**
 * Domain errors are expected outcomes (bad input, conflicts), not faults: hand them
 * to GraphQL as they are, so Nest does not log a stack trace for each one.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
