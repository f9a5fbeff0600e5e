import { loadConfig } from './app-config';
import { StartupError } from './startup-error';

describe('loadConfig', () => {
  it('uses sensible defaults for a developer with no environment set', () => {
    const config = loadConfig({}, '/srv/cg');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/cg/.data',
      loadDemoData: true,
      schemaFile: '/srv/cg/apps/api/schema.gql',
      publicUrl: 'http://localhost:3000',
      networkWorkerMinTies: 10000,
      database: { poolSize: 10, connectTimeoutMs: 5000, statementTimeoutMs: 15000 },
    });
  });

  it('reads the database limits and refuses ones that would never let a request through', () => {
    const config = loadConfig({
      DATABASE_POOL_SIZE: '4',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
    });
    expect(config.database).toEqual({ poolSize: 4, connectTimeoutMs: 2000, statementTimeoutMs: 60000 });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0', DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(
      /DATABASE_POOL_SIZE must be a whole number, 1 or more.*DATABASE_STATEMENT_TIMEOUT_MS must be/,
    );
  });

  it('lists every bad variable in one sentence', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'production',
        DEMO_DATA: 'maybe',
        NETWORK_WORKER_MIN_TIES: '-1',
      });
    expect(attempt).toThrow(StartupError);
    expect(attempt).toThrow(
      /PORT must be.*DATABASE_URL must.*SESSION_SECRET is required.*DEMO_DATA must.*NETWORK_WORKER_MIN_TIES must/,
    );
  });

  it('accepts an external PostgreSQL URL and keeps the schema in memory in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://cg:secret@db.internal:5432/cg',
      SESSION_SECRET: 'x'.repeat(32),
      MAIL_TRANSPORT: 'log',
    });
    expect(config.databaseUrl).toBe('postgresql://cg:secret@db.internal:5432/cg');
    expect(config.schemaFile).toBeUndefined();
  });

  it('refuses a short session secret', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  describe('running for real', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };

    it('refuses to start in production with no way to send email', () => {
      expect(() => loadConfig(production)).toThrow(/SMTP_URL and MAIL_FROM are required in production.*MAIL_TRANSPORT=log/);
      expect(() => loadConfig({ ...production, SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/MAIL_FROM is required/);
    });

    it('sends by SMTP when configured, and only logs when told to or while developing', () => {
      const smtp = loadConfig({ ...production, SMTP_URL: 'smtp://u:p@mail.example.org:587', MAIL_FROM: 'CG <noreply@example.org>' });
      expect(smtp.mail).toMatchObject({ transport: 'smtp', smtpUrl: 'smtp://u:p@mail.example.org:587', from: 'CG <noreply@example.org>' });
      expect(loadConfig({ ...production, MAIL_TRANSPORT: 'log' }).mail.transport).toBe('log');
      expect(loadConfig({}).mail.transport).toBe('log');
    });

    it('reads TRUST_PROXY as a hop count or addresses, off by default, never "true"', () => {
      expect(loadConfig({}).trustProxy).toBeUndefined();
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
      expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true would let any client/);
      expect(() => loadConfig({ TRUST_PROXY: 'the proxy' })).toThrow(/TRUST_PROXY must be/);
    });

    it('reads the log format and the shutdown bound', () => {
      expect(loadConfig({ LOG_FORMAT: 'json', SHUTDOWN_TIMEOUT: '5' })).toMatchObject({ logFormat: 'json', shutdownTimeoutMs: 5000 });
      expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be text or json/);
    });
  });
});
