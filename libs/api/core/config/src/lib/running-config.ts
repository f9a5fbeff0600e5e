/**
 * The settings for running Common Ground for real: email, the reverse proxy, logs and
 * shutdown. Each reader returns its value and pushes any problem onto `problems`, so
 * `loadConfig` can still list every bad variable in one sentence.
 */
type Env = Record<string, string | undefined>;

export type MailTransport = 'smtp' | 'log';

export interface MailConfig {
  /** `log` writes each email to the log instead of sending it (development, or on purpose). */
  transport: MailTransport;
  /** smtp://user:pass@host:587 or smtps://…:465; required when the transport is SMTP. */
  smtpUrl?: string;
  /** The From address, such as `Common Ground <noreply@example.org>`. */
  from: string;
  /** How often a failed send is tried again, and the first wait (doubled each time). */
  retryLimit: number;
  retryDelaySeconds: number;
}

export type LogFormat = 'text' | 'json';

/** Express's `trust proxy`: how many proxies, or which addresses, may name the client. */
export type TrustProxy = number | string;

const DEFAULT_FROM = 'Common Ground <noreply@localhost>';

export function readMailConfig(env: Env, isProduction: boolean, problems: string[]): MailConfig {
  const smtpUrl = blank(env.SMTP_URL);
  const from = blank(env.MAIL_FROM);
  const chosen = blank(env.MAIL_TRANSPORT)?.toLowerCase();
  if (chosen !== undefined && chosen !== 'smtp' && chosen !== 'log') {
    problems.push(`MAIL_TRANSPORT must be smtp or log (got "${env.MAIL_TRANSPORT}")`);
  }
  const transport: MailTransport =
    chosen === 'log' ? 'log' : chosen === 'smtp' || smtpUrl || isProduction ? 'smtp' : 'log';
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    problems.push('SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…:465');
  }
  if (transport === 'smtp' && !smtpUrl) {
    problems.push(
      isProduction
        ? 'SMTP_URL and MAIL_FROM are required in production so invitations and password resets arrive (or set MAIL_TRANSPORT=log to only log emails)'
        : 'SMTP_URL is required when MAIL_TRANSPORT is smtp',
    );
  }
  if (transport === 'smtp' && !from) {
    if (smtpUrl || !isProduction)
      problems.push('MAIL_FROM is required when sending by SMTP, such as "Common Ground <noreply@example.org>"');
  } else if (from !== undefined && !/@[^@\s>]+/.test(from)) {
    problems.push(`MAIL_FROM must contain an email address (got "${env.MAIL_FROM}")`);
  }
  return { transport, smtpUrl, from: from ?? DEFAULT_FROM, retryLimit: 5, retryDelaySeconds: 30 };
}

/** `TRUST_PROXY`: off when unset; a hop count (1 for nginx on the same machine); or addresses and subnets. */
export function readTrustProxy(env: Env, problems: string[]): TrustProxy | undefined {
  const value = blank(env.TRUST_PROXY);
  if (value === undefined || value.toLowerCase() === 'false' || value === '0') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if (value.toLowerCase() === 'true') {
    problems.push(
      'TRUST_PROXY=true would let any client name its own address: give the number of proxies (such as 1) or their addresses',
    );
    return undefined;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.filter((entry) => !named.includes(entry) && !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry));
  if (bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be a number of proxies or addresses such as 127.0.0.1,10.0.0.0/8 (could not read "${bad.join(', ')}")`,
    );
    return undefined;
  }
  return entries.join(',');
}

export function readLogFormat(env: Env, problems: string[]): LogFormat {
  const value = (blank(env.LOG_FORMAT) ?? 'text').toLowerCase();
  if (value !== 'text' && value !== 'json') {
    problems.push(`LOG_FORMAT must be text or json (got "${env.LOG_FORMAT}")`);
    return 'text';
  }
  return value;
}

export function readShutdownTimeout(env: Env, problems: string[]): number {
  const seconds = Number(env.SHUTDOWN_TIMEOUT ?? 10);
  if (!Number.isFinite(seconds) || seconds < 0) {
    problems.push(`SHUTDOWN_TIMEOUT must be a number of seconds, 0 or more (got "${env.SHUTDOWN_TIMEOUT}")`);
    return 10_000;
  }
  return seconds * 1000;
}

function blank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
