import { adminActionMessage } from './admin-problem';

const apiError = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

describe('adminActionMessage', () => {
  it("shows the API's reason for refusing to remove the last administrator, in its own words", () => {
    const message = 'An organisation needs at least one administrator: make someone else an administrator first.';
    expect(adminActionMessage(apiError(message, { code: 'BAD_USER_INPUT', field: 'userId' }))).toBe(message);
  });

  it('explains a refusal for lack of permission plainly', () => {
    expect(adminActionMessage(apiError('Only an administrator…', { code: 'FORBIDDEN' }))).toMatch(/do not have permission/);
  });

  it('says when the server could not be reached', () => {
    expect(adminActionMessage({ name: 'HttpErrorResponse', status: 0, message: 'Http failure' })).toMatch(/could not reach the server/);
  });
});
