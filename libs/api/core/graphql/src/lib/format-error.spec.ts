import { DomainError } from '@cg/shared/domain';
import { GraphQLError } from 'graphql';
import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  it('keeps the code and message of an error written for people', () => {
    const out = formatGraphQLError(
      { message: 'Name is required.', extensions: { code: 'BAD_USER_INPUT', field: 'name', stacktrace: ['x'] } },
      new Error('Name is required.'),
    );
    expect(out).toEqual({ message: 'Name is required.', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  it('hides internal errors behind a reference the user can quote', () => {
    const out = formatGraphQLError(
      { message: 'relation "organisation" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new Error('relation "organisation" does not exist'),
    );
    expect(out.message).not.toContain('relation');
    expect(out.message).toMatch(/quote reference [0-9a-f-]{36}/);
    expect(out.extensions?.['correlationId']).toBeDefined();
  });

  it('maps a domain error that reached Apollo unfiltered (field resolver, plugin) to its code and message', () => {
    const domain = new DomainError('QUERY_TOO_COMPLEX', 'This query nests 12 levels deep.', { depth: 12 });
    const wrapped = new GraphQLError(domain.message, { originalError: domain });
    const out = formatGraphQLError({ message: domain.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out).toEqual({ message: 'This query nests 12 levels deep.', extensions: { code: 'QUERY_TOO_COMPLEX', depth: 12 } });
  });
});
