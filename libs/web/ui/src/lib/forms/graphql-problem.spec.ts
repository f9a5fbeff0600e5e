import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors, describeError, errorCodeOf, isVersionConflict, plainErrorMessage, serverError } from './graphql-problem';

/** An error shaped as Apollo Client 4 throws it for a GraphQL error response. */
function apolloError(...errors: { message: string; extensions: Record<string, unknown> }[]) {
  return Object.assign(new Error(errors[0]?.message), { name: 'CombinedGraphQLErrors', errors });
}

describe('describeError', () => {
  it('files BAD_USER_INPUT messages under the field the API names, and says so at the top', () => {
    const problem = describeError(
      apolloError({ message: 'The last day must be after the first.', extensions: { code: 'BAD_USER_INPUT', field: 'toDate' } }),
    );
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.fieldErrors).toEqual({ toDate: 'The last day must be after the first.' });
    expect(problem.message).toBe('Some answers need changing. Check the messages next to the fields.');
  });

  it('files a nested field under its path and its first segment', () => {
    const problem = describeError(
      apolloError({ message: 'Role is not valid.', extensions: { code: 'BAD_USER_INPUT', field: 'members.2.role' } }),
    );
    expect(problem.fieldErrors).toEqual({ 'members.2.role': 'Role is not valid.', members: 'Role is not valid.' });
  });

  it('shows a BAD_USER_INPUT without a field as the server wrote it', () => {
    expect(plainErrorMessage(apolloError({ message: 'Pick at least one.', extensions: { code: 'BAD_USER_INPUT' } }))).toBe(
      'Pick at least one.',
    );
  });

  it('keeps the current version of a stale-version CONFLICT, for "keep mine"', () => {
    const problem = describeError(
      apolloError({ message: 'Someone else changed this membership…', extensions: { code: 'CONFLICT', currentVersion: 4 } }),
    );
    expect(problem.currentVersion).toBe(4);
    expect(isVersionConflict(problem)).toBe(true);
  });

  it('does not treat a duplicate (CONFLICT without a version) as a stale version', () => {
    const problem = describeError(
      apolloError({
        message: 'This organisation is already a member of this partnership.',
        extensions: { code: 'CONFLICT', field: 'organisationId' },
      }),
    );
    expect(isVersionConflict(problem)).toBe(false);
    expect(problem.fieldErrors['organisationId']).toContain('already a member');
  });

  it('says FORBIDDEN in plain words', () => {
    const problem = describeError(apolloError({ message: 'Forbidden resource', extensions: { code: 'FORBIDDEN' } }));
    expect(problem.message).toMatch(/^You do not have permission to do this\./);
  });

  it('tells a failed connection from an unknown failure', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(describeError(new TypeError('Failed to fetch')).message).toMatch(/could not reach the server/);
    expect(errorCodeOf(new Error('boom'))).toBe('UNKNOWN');
    expect(describeError(undefined).message).toMatch(/not saved/);
  });

  it('finds errors inside an HTTP error body too', () => {
    const httpError = { name: 'HttpErrorResponse', status: 400, error: { errors: [{ message: 'Bad.', extensions: { code: 'BAD_USER_INPUT' } }] } };
    expect(describeError(httpError).code).toBe('BAD_USER_INPUT');
  });
});

describe('applyFieldErrors', () => {
  it('puts each message on its control and returns those it could not place', () => {
    const form = new FormGroup({ title: new FormControl(''), toDate: new FormControl(null) });
    const unplaced = applyFieldErrors(form, {
      code: 'BAD_USER_INPUT',
      message: '',
      currentVersion: null,
      fieldErrors: { title: 'Enter a title.', personIds: 'No person has that id.' },
    });
    expect(serverError(form.controls.title)).toBe('Enter a title.');
    expect(form.controls.title.touched).toBe(true);
    expect(serverError(form.controls.toDate)).toBeNull();
    expect(unplaced).toEqual(['personIds']);
  });

  it('maps API names to control names', () => {
    const form = new FormGroup({ organisation: new FormControl('') });
    applyFieldErrors(
      form,
      { code: 'CONFLICT', message: '', currentVersion: null, fieldErrors: { organisationId: 'Already a member.' } },
      { organisationId: 'organisation' },
    );
    expect(serverError(form.controls.organisation)).toBe('Already a member.');
  });
});
