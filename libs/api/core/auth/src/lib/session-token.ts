import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cg_session';
/** Sessions last 14 days from sign-in, then the person signs in again. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** A new random session token (sent to the browser) and its hash (stored). */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
