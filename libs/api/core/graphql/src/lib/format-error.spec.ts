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
});
