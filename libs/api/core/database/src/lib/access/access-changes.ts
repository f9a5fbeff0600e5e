import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';

/** The channel migration AccessChangeNotify's triggers notify on a write to a table an access scope is read from. */
export const ACCESS_CHANGE_CHANNEL = 'cg_access_change';

/**
 * A generation that moves whenever what a session's user may read might have changed: a write to
 * the tables the session lookup reads (sessions, accounts, memberships, partnerships, funding…).
 * Caches of sessions and scopes (SessionCache) keep an entry only while the generation is the one
 * it was read at. Two sources move it:
 * - PostgreSQL NOTIFY from the tables' triggers, for writes by any process (another API instance,
 *   the CLI's imports, psql): delivered after commit, within milliseconds;
 * - this process's own writes, as soon as their statement or COMMIT returns (enforce-row-access.ts),
 *   so a sign-out or a role change is seen by the very next request here, with no race against
 *   the notification.
 * While nothing listens (before start-up, or while the listener reconnects) the generation is
 * undefined and nothing may be cached.
 */
let generation = 0;
let listening = 0;

export function accessGeneration(): number | undefined {
  return listening > 0 ? generation : undefined;
}

export function noteAccessChange(): void {
  generation++;
}

/** Backend pids of this process's pooled connections (enforce-row-access.ts): their writes were noted as they returned. */
const ownBackends = new Set<number>();

/** Remembers a pooled connection's backend until the connection ends (a pid may then be reused by another process's backend). */
export function noteOwnBackend(connection: { processID?: number; once?: (event: 'end', listener: () => void) => unknown }): void {
  const processId = connection.processID;
  if (!processId || !connection.once) return;
  ownBackends.add(processId);
  connection.once('end', () => ownBackends.delete(processId));
}

// A statement that may have written: anything but a read or this module's own settings. COMMIT
// counts, so a write inside a transaction moves the generation again once it is visible.
const READ_ONLY = /^\s*(select|show|begin|start transaction|set|savepoint|release|rollback|listen)\b/i;
const WITH_WRITE = /^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;

export function mayWrite(sql: string): boolean {
  if (/^\s*with\b/i.test(sql)) return WITH_WRITE.test(sql);
  return !READ_ONLY.test(sql);
}

/**
 * LISTENs on ACCESS_CHANGE_CHANNEL on a connection of its own, reconnecting after a failure; the
 * generation moves on every notification, and on every (re)connect, since notifications sent
 * while no one listened are lost.
 */
export class AccessChangeListener {
  private readonly logger = new Logger(AccessChangeListener.name);
  private client?: Client;
  private stopped = false;
  private live = false;
  private retry?: NodeJS.Timeout;

  constructor(private readonly config: ClientConfig) {}

  async start(): Promise<void> {
    const client = new Client(this.config);
    this.client = client;
    client.on('notification', (message) => {
      // A write of this process's own already moved the generation when it returned; noting it again
      // a moment later would only empty the cache a second time (and make statement counts racy).
      if (message.channel === ACCESS_CHANGE_CHANNEL && !ownBackends.has(Number(message.payload))) noteAccessChange();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANGE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped || this.client !== client) return;
    noteAccessChange();
    this.live = true;
    listening++;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.setDown();
    await this.client?.end().catch(() => undefined);
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.setDown();
    noteAccessChange();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`Listening for access changes failed; sessions are not cached until it is back: ${error instanceof Error ? error.message : 'connection ended'}`);
    this.retry = setTimeout(() => void this.start(), 1000);
    this.retry.unref();
  }

  private setDown(): void {
    if (this.live) listening--;
    this.live = false;
  }
}
