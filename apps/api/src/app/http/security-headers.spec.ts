import helmet from 'helmet';
import type { Request, Response } from 'express';
import { recordHeaderChanges, securityHeaders, STRICT_TRANSPORT_SECURITY } from './security-headers';

/** A response that keeps its headers as Node's does (names case-insensitive). */
function fakeResponse(initial: Record<string, string> = {}) {
  const headers = new Map(Object.entries(initial).map(([name, value]) => [name.toLowerCase(), value]));
  const res = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as Response;
  return { res, headers };
}

function run(middleware: (req: Request, res: Response, next: () => void) => void, secure: boolean) {
  const { res, headers } = fakeResponse({ 'X-Powered-By': 'Express' });
  let nextCalled = false;
  middleware({ secure } as Request, res, () => (nextCalled = true));
  expect(nextCalled).toBe(true);
  return Object.fromEntries([...headers].sort(([a], [b]) => a.localeCompare(b)));
}

describe('securityHeaders', () => {
  it('sets exactly the headers helmet sets, and removes what it removes', () => {
    const byHelmet = run(helmet({ strictTransportSecurity: false }) as never, false);
    expect(run(securityHeaders(), false)).toEqual(byHelmet);
    expect(byHelmet['content-security-policy']).toMatch(/default-src 'self'/);
    expect(byHelmet['x-powered-by']).toBeUndefined();
  });

  it('adds HSTS over HTTPS only', () => {
    expect(run(securityHeaders(), true)['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
    expect(run(securityHeaders(), false)['strict-transport-security']).toBeUndefined();
  });

  it('refuses, at start-up, helmet options whose headers depend on the request', () => {
    const withNonce = helmet({
      contentSecurityPolicy: { directives: { scriptSrc: [(req) => `'nonce-${String((req as Request).headers)}'`] } },
    });
    expect(() => recordHeaderChanges(withNonce as never)).toThrow(/request/);
  });
});
