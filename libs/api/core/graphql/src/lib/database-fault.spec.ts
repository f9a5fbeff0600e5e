import { GraphQLError } from 'graphql';
import { databaseFault } from './database-fault';
import { formatGraphQLError } from './format-error';

/** A TypeORM QueryFailedError's shape: the driver's error inside, its code copied out. */
const queryFailed = (code: string, message: string) =>
  Object.assign(new Error(message), { code, driverError: Object.assign(new Error(message), { code }) });

describe('databaseFault', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      'DATABASE_UNAVAILABLE',
    ],
    [
      'a server shutting down',
      queryFailed('57P01', 'terminating connection due to administrator command'),
      'DATABASE_UNAVAILABLE',
    ],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly'), 'DATABASE_UNAVAILABLE'],
    ['a full pool', new Error('timeout exceeded when trying to connect'), 'DATABASE_BUSY'],
    ['a statement timeout', queryFailed('57014', 'canceling statement due to statement timeout'), 'STATEMENT_TIMEOUT'],
  ])('recognises %s, even wrapped by GraphQL', (_, error, reason) => {
    const wrapped = new GraphQLError('x', { originalError: error });
    expect(databaseFault(wrapped)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason });
  });

  it('leaves other errors alone', () => {
    expect(databaseFault(queryFailed('23505', 'duplicate key'))).toBeUndefined();
    expect(databaseFault(new Error('boom'))).toBeUndefined();
  });

  it('shows a sentence, not SQL or a stack, when formatted', () => {
    const out = formatGraphQLError(
      { message: 'connect ECONNREFUSED', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('x', {
        originalError: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
    );
    expect(out.message).toMatch(/database cannot be reached/);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
  });
});
