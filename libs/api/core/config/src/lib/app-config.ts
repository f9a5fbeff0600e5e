import { resolve } from 'node:path';
import { LogFormat, MailConfig, readLogFormat, readMailConfig, readShutdownTimeout, readTrustProxy, TrustProxy } from './running-config';
import { StartupError } from './startup-error';

export type NodeEnv = 'development' | 'production' | 'test';

/** Everything the API reads from its environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** External PostgreSQL; when absent the API starts an embedded one under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Required in production; a random per-process secret is used otherwise. */
  sessionSecret?: string;
  /** Built Angular app served on the same port; absent means API only. */
  webDist?: string;
  /** Where the code-first schema is written; absent means kept in memory. */
  schemaFile?: string;
  /** Load the demo network into an empty database. */
  loadDemoData: boolean;
  /** The address people open, used in links sent by email. */
  publicUrl: string;
  /** Networks with at least this many ties are measured in a worker thread, off the event loop. */
  networkWorkerMinTies: number;
  /** The worker's script (the built network-worker.js); absent means every network is measured in-process. */
  networkWorkerScript?: string;
  /** How email leaves: SMTP, or only the log. */
  mail: MailConfig;
  /** Express's `trust proxy`; absent means the connecting address is the client. */
  trustProxy?: TrustProxy;
  /** `json` writes one JSON line per request, for log collectors. */
  logFormat: LogFormat;
  /** How long a SIGTERM waits for requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  /** How long requests may wait on PostgreSQL before they get a clear error instead of hanging. */
  database: DatabaseLimits;
}

/** Bounds on every request's use of PostgreSQL (docs/operations.md). */
export interface DatabaseLimits {
  /** Connections in the pool. */
  poolSize: number;
  /** The longest a request waits for a connection, new or free from the pool, before SERVICE_UNAVAILABLE. */
  connectTimeoutMs: number;
  /** The longest one statement of a request may run (lock waits included); system work such as imports is not cut. */
  statementTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = { poolSize: 10, connectTimeoutMs: 5000, statementTimeoutMs: 15000 };

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];

/**
 * Reads and checks the environment. Every problem is collected first so that one
 * failed start lists them all, rather than one per attempt.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!NODE_ENVS.includes(nodeEnv)) {
    problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${env.NODE_ENV}")`);
  }

  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${env.PORT}")`);
  }

  const databaseUrl = blankToUndefined(env.DATABASE_URL);
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    problems.push('DATABASE_URL must look like postgres://user:password@host:5432/database');
  }

  const sessionSecret = blankToUndefined(env.SESSION_SECRET);
  if (nodeEnv === 'production' && !sessionSecret) {
    problems.push('SESSION_SECRET is required in production (at least 32 random characters)');
  } else if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  }

  const loadDemo = (env.DEMO_DATA ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(loadDemo)) {
    problems.push(`DEMO_DATA must be true or false (got "${env.DEMO_DATA}")`);
  }

  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    problems.push(`PUBLIC_URL must be the address people open, such as https://commonground.example.org (got "${env.PUBLIC_URL}")`);
  }

  const networkWorkerMinTies = Number(env.NETWORK_WORKER_MIN_TIES ?? 10000);
  if (!Number.isInteger(networkWorkerMinTies) || networkWorkerMinTies < 0) {
    problems.push(`NETWORK_WORKER_MIN_TIES must be a whole number, 0 or more (got "${env.NETWORK_WORKER_MIN_TIES}")`);
  }

  const mail = readMailConfig(env, nodeEnv === 'production', problems);
  const trustProxy = readTrustProxy(env, problems);
  const logFormat = readLogFormat(env, problems);
  const shutdownTimeoutMs = readShutdownTimeout(env, problems);
  const database = {
    poolSize: wholeNumber(env, 'DATABASE_POOL_SIZE', DEFAULT_DATABASE_LIMITS.poolSize, 1, problems),
    connectTimeoutMs: wholeNumber(env, 'DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.connectTimeoutMs, 100, problems),
    statementTimeoutMs: wholeNumber(env, 'DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.statementTimeoutMs, 100, problems),
  };

  if (problems.length > 0) {
    throw new StartupError(`The configuration is not valid: ${problems.join('; ')}.`);
  }

  const schemaFile = env.SCHEMA_FILE ?? (nodeEnv === 'production' ? undefined : 'apps/api/schema.gql');
  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir: resolve(cwd, env.DATA_DIR ?? '.data'),
    sessionSecret,
    webDist: resolve(cwd, env.WEB_DIST ?? 'dist/apps/web/browser'),
    schemaFile: schemaFile ? resolve(cwd, schemaFile) : undefined,
    loadDemoData: loadDemo === 'true',
    publicUrl,
    networkWorkerMinTies,
    mail,
    trustProxy,
    logFormat,
    shutdownTimeoutMs,
    database,
  };
}

function wholeNumber(env: Env, name: string, fallback: number, min: number, problems: string[]): number {
  const raw = env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) {
    problems.push(`${name} must be a whole number, ${min} or more (got "${raw}")`);
  }
  return value;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}
