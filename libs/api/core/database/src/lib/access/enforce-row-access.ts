import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { requestConnectTimeoutMs, requestStatementTimeoutMs } from '../typeorm-options';
import { mayWrite, noteAccessChange, noteOwnBackend } from './access-changes';
import { AccessScope, currentAccessScope, isBoundedSystemWork } from './row-access';
import { currentRequestQueries, RequestAbandonedError } from './request-queries';

/** The database role requests read and write as; row-level security policies apply to it (migration RowLevelSecurity). */
export const REQUEST_ROLE = 'cg_request';

// One statement per connection checkout: the role and the scope the policies read
// (migrations RowLevelSecurity and TrustBoundary), and how long its statements may run.
const APPLY_SCOPE = `SELECT set_config('role', $1, false), set_config('cg.admin', $2, false),
  set_config('cg.signed_in', $3, false), set_config('cg.readable', $4, false), set_config('cg.partners', $5, false),
  set_config('cg.funded', $6, false), set_config('statement_timeout', $7, false),
  set_config('idle_in_transaction_session_timeout', $7, false)`;

const ENFORCED = Symbol('row-level access enforced');

/** The scope each pooled connection was last switched to (by APPLY_SCOPE, the only statement that sets it). */
const appliedScope = new WeakMap<object, string>();

type Release = (error?: unknown) => void;
interface PgConnection {
  query(sql: string, params: unknown[]): Promise<unknown>;
  processID?: number;
}

/**
 * Makes PostgreSQL judge every row a request reads. Each time TypeORM takes a connection
 * from the pool, it is switched to the request role with the request's scope, or back to
 * the login role (no limits) for the system's own work. Doing it at checkout, not once per
 * request, keeps queries on separate connections (concurrent resolvers, transactions) as
 * before, and means no connection ever carries the last user's scope.
 *
 * A request's statements (lock waits included) and idle transactions are cut after the
 * configured timeout, so a slow query or a stuck lock never holds a connection for ever;
 * the system's own work (migrations, imports) may run as long as it needs.
 */
export function enforceRowLevelAccess(dataSource: DataSource): void {
  const driver = dataSource.driver as PostgresDriver & { [ENFORCED]?: true };
  if (driver[ENFORCED]) return;
  driver[ENFORCED] = true;
  const timeout = String(requestStatementTimeoutMs(dataSource.options));
  // Started and migrated: from now on a request waits for a connection only this long (pg-pool
  // reads the option at each checkout).
  const pool = (driver as unknown as { master?: { options: { connectionTimeoutMillis?: number } } }).master;
  if (pool) pool.options.connectionTimeoutMillis = requestConnectTimeoutMs(dataSource.options);
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const scope = currentAccessScope();
    const queries = currentRequestQueries();
    if (queries?.isAbandoned) throw new RequestAbandonedError();
    const [connection, pooledRelease] = (await obtain()) as [PgConnection, Release];
    let release: Release = pooledRelease;
    if (queries) {
      // Held by the request until released, so the request's cancel (request-queries.ts) can find it.
      const letGo = queries.hold(connection);
      release = (error?: unknown) => {
        letGo();
        // A connection of an abandoned request may have a cancel still in flight: destroy it rather than pool it.
        pooledRelease(error ?? (queries.isAbandoned ? new RequestAbandonedError() : undefined));
      };
    }
    watchWrites(connection);
    // The statement timeout rides with the scope: requests are cut, and so is the system's work on
    // a request's behalf (the session lookup); the system's own work (imports, migrations) is not.
    const { settings, key } = checkoutSettings(scope, scope || isBoundedSystemWork() ? timeout : '0');
    // Only this statement sets these session settings, so a connection that already carries
    // this scope needs no round trip (most checkouts, under a steady load of the same users).
    if (appliedScope.get(connection) === key) return [connection, release];
    try {
      appliedScope.delete(connection);
      await connection.query(APPLY_SCOPE, settings);
      appliedScope.set(connection, key);
    } catch (error) {
      release(error);
      throw error;
    }
    return [connection, release];
  };
}

/** A request's checkouts share its scope object: its settings and their key are made once. */
const checkoutsOfScope = new WeakMap<AccessScope, { settings: string[]; key: string; timeout: string }>();

function checkoutSettings(scope: AccessScope | undefined, timeout: string): { settings: string[]; key: string } {
  const known = scope && checkoutsOfScope.get(scope);
  if (known && known.timeout === timeout) return known;
  const settings = [...scopeSettings(scope), timeout];
  const made = { settings, key: settings.join('|'), timeout };
  if (scope) checkoutsOfScope.set(scope, made);
  return made;
}

const watched = new WeakSet<object>();

/**
 * Moves the access generation (access-changes.ts) as soon as a statement that may have written
 * returns on this connection, before its caller goes on: caches of sessions and scopes in this
 * process then never serve what this process itself has just changed. Patched once per pooled
 * connection.
 */
function watchWrites(connection: PgConnection): void {
  if (watched.has(connection)) return;
  watched.add(connection);
  noteOwnBackend(connection as Parameters<typeof noteOwnBackend>[0]);
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  (connection as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const result = query(...args);
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
    if (typeof text === 'string' && mayWrite(text) && typeof (result as Promise<unknown> | undefined)?.then === 'function') {
      (result as Promise<unknown>).then(noteAccessChange, noteAccessChange);
    }
    return result;
  };
}

/** Each scope's settings, made once per scope object (a request checks out connections several times). */
const settingsOfScope = new WeakMap<AccessScope, string[]>();

/** The settings the policies' cg_can_read() reads; an empty array literal rather than '' keeps casts safe. */
export function scopeSettings(scope: AccessScope | undefined): string[] {
  if (!scope) return ['none', '', '', '{}', '{}', '{}'];
  let settings = settingsOfScope.get(scope);
  if (!settings) settingsOfScope.set(scope, (settings = settingsOf(scope)));
  return settings;
}

function settingsOf(scope: AccessScope): string[] {
  // A funder is a partner of what it funds, never an owner (issue #10): its portfolio is read
  // like partners (PARTNERS records), so nothing PRIVATE of a grantee reaches it.
  return [
    REQUEST_ROLE,
    scope.isInstanceAdmin ? 'on' : '',
    scope.signedIn ? 'on' : '',
    uuidArray(scope.ownOrganisationIds),
    uuidArray(scope.partnerOrganisationIds),
    uuidArray(scope.portfolioOrganisationIds),
  ];
}

/**
 * Array literals by array: a cached session's partners and portfolio are the same arrays from one
 * request to the next, and a charity CEO's run to dozens of ids (the profile of the directory as
 * the CEO had this join as its hottest function of the app's own).
 */
const literals = new WeakMap<readonly string[], string>();

function uuidArray(ids: readonly string[]): string {
  let literal = literals.get(ids);
  if (literal === undefined) literals.set(ids, (literal = `{${ids.join(',')}}`));
  return literal;
}

/** Identifies what the current request may read, for caches of query results: equal keys read equal rows. */
export function currentScopeKey(): string {
  return scopeSettings(currentAccessScope()).join('|');
}
