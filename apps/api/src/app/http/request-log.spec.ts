import type { Request } from 'express';
import { operationName } from './request-log';

const withBody = (body: unknown) => ({ body, query: {} }) as unknown as Request;

describe('operationName', () => {
  it('uses the name the client gave, else the operation’s own name, else its first field', () => {
    expect(operationName(withBody({ operationName: 'SignIn', query: 'mutation SignIn { signIn }' }))).toBe('SignIn');
    expect(operationName(withBody({ query: 'query Dashboard($id: ID!) { organisation(id: $id) { name } }' }))).toBe(
      'Dashboard',
    );
    expect(
      operationName(withBody({ query: 'mutation { signIn(input: { email: "a@b.example" }) { user { id } } }' })),
    ).toBe('signIn');
  });

  it('never returns anything but an identifier, so no argument can reach the log', () => {
    expect(operationName(withBody({ operationName: 'ann@example.org', query: '{ me { id } }' }))).toBeUndefined();
    expect(operationName(withBody('not json'))).toBeUndefined();
  });
});
