import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cg_session';
/** Sessions last 14 days from sign-in, then the person signs in again. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Outside production a fixed key will do: those databases hold demo and test data. */
const DEVELOPMENT_KEY = 'common-ground development only, never production';

/**
 * Session, reset and invitation tokens: random tokens go to the browser or inbox, and only
 * their HMAC, keyed with SESSION_SECRET, is stored. A copy of the database alone is then
 * not enough to forge or look up a token; changing the secret signs everyone out.
 */
@Injectable()
export class TokenHasher {
  private readonly key: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.sessionSecret ?? DEVELOPMENT_KEY;
  }

  /** A new random token and the hash to store. */
  newToken(): { token: string; tokenHash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, tokenHash: this.hash(token) };
  }

  hash(token: string): string {
    return createHmac('sha256', this.key).update(token).digest('hex');
  }
}
