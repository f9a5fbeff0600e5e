import { accessGeneration } from '@cg/api/core/database';
import { SessionUser } from './current-user';

/** How long a session and its access scope are served from memory at most. */
export const SESSION_CACHE_TTL_MS = 30_000;
/** Sessions kept in memory at most (the least recently used go first). */
export const SESSION_CACHE_SIZE = 10_000;

interface Entry {
  user: SessionUser;
  generation: number;
  /** The earlier of the TTL's end and the session's own expiry. */
  until: number;
}

/**
 * Signed-in users and their access scope across requests, keyed by the session token's hash,
 * so a request pays no session statement. An entry is served only while the access generation
 * (access-changes.ts) is the one it was read at: any write to sessions, accounts, memberships,
 * partnerships, participations, funding or an organisation's name, by this process or (through
 * NOTIFY) any other, drops every entry at once. Sign-out, a role change or a suspension thus
 * takes effect on the next request. The short TTL bounds what only the clock changes (a
 * membership or funding period that ends at midnight).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = SESSION_CACHE_TTL_MS,
    private readonly size = SESSION_CACHE_SIZE,
  ) {}

  get(tokenHash: string, now = Date.now()): SessionUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.generation !== accessGeneration() || entry.until <= now) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
    return entry.user;
  }

  /**
   * Reads through the cache. `generation` is taken before the lookup: if anything changed while
   * it ran, the entry is stale the moment it is stored, and the next request reads again.
   */
  async read(tokenHash: string, lookup: () => Promise<(SessionUser & { expiresAt: Date }) | null>): Promise<SessionUser | null> {
    const cached = this.get(tokenHash);
    if (cached) return cached;
    const generation = accessGeneration();
    const found = await lookup();
    if (!found) return null;
    const { expiresAt, ...user } = found;
    if (generation !== undefined && this.ttlMs > 0) {
      this.entries.set(tokenHash, { user, generation, until: Math.min(Date.now() + this.ttlMs, expiresAt.getTime()) });
      if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    }
    return user;
  }

  clear(): void {
    this.entries.clear();
  }
}
