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

/**
 * One cookie's value from a Cookie header, read the way cookie-parser read it (the first of that
 * name wins, spaces and surrounding double quotes dropped, %-escapes decoded when they are valid),
 * without parsing every other cookie the browser sends: only the session cookie is ever read
 * (issue #13, docs/performance.md "Sixth round"). A `j:` value (cookie-parser's JSON cookie,
 * never a session token) is not a token.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let start = 0;
  while (start < header.length) {
    const semicolon = header.indexOf(';', start);
    const end = semicolon === -1 ? header.length : semicolon;
    const equals = header.indexOf('=', start);
    if (equals === -1) return undefined;
    if (equals < end && header.slice(start, equals).trim() === name) {
      return decoded(unquoted(header.slice(equals + 1, end).trim()));
    }
    start = end + 1;
  }
  return undefined;
}

function unquoted(value: string): string {
  return value.length > 1 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function decoded(value: string): string | undefined {
  if (value.startsWith('j:')) return undefined;
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
