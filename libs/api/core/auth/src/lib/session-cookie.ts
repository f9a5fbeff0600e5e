import type { CookieOptions } from 'express';

/**
 * The session cookie's options, the same wherever it is set or cleared. `Secure` follows
 * PUBLIC_URL rather than the connection: behind a TLS-terminating proxy the API itself is
 * reached over plain HTTP, yet every browser reaches it over HTTPS.
 */
export function sessionCookieOptions(publicUrl: string, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
