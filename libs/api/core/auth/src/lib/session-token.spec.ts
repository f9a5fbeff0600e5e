import { AppConfig } from '@cg/api/core/config';
import { createHash } from 'node:crypto';
import { TokenHasher } from './session-token';

const hasher = (sessionSecret?: string) => new TokenHasher({ sessionSecret } as AppConfig);

describe('TokenHasher', () => {
  it('stores a keyed hash, so the database alone cannot match a token', () => {
    const { token, tokenHash } = hasher('a'.repeat(32)).newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).not.toBe(createHash('sha256').update(token).digest('hex'));
    expect(hasher('a'.repeat(32)).hash(token)).toBe(tokenHash);
  });

  it('no longer recognises tokens once the secret changes', () => {
    const { token, tokenHash } = hasher('a'.repeat(32)).newToken();
    expect(hasher('b'.repeat(32)).hash(token)).not.toBe(tokenHash);
    expect(hasher(undefined).hash(token)).not.toBe(tokenHash);
  });
});
