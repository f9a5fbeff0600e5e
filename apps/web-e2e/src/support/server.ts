import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE = resolve(__dirname, '../../../..');
export const SERVER_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');

export interface StartedServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function newDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'cg-e2e-'));
}

/** Starts the production server (`node dist/apps/api/main.js`) and waits for /health. */
export async function startServer(env: Record<string, string> = {}): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? (await newDataDir());
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'e2e-'.padEnd(40, 'x'),
      PORT: String(port),
      DATA_DIR: dataDir,
      // Every network, however small, is measured in the worker thread, so the browser tests cover it.
      NETWORK_WORKER_MIN_TIES: '0',
      // Emails go to the log, where the tests read their links (the SMTP tests use a real server).
      MAIL_TRANSPORT: 'log',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, dataDir, process: child, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not become healthy within 90 s:\n${output}`);
}

/** Runs the server expecting it to stop by itself (a start-up failure). */
export function runServerToExit(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: WORKSPACE,
      env: { ...process.env, NODE_ENV: 'production', SESSION_SECRET: 'e2e-'.padEnd(40, 'x'), MAIL_TRANSPORT: 'log', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Asks the server as the demo instance administrator (records are for signed-in users only). */
export async function graphql<T>(url: string, query: string): Promise<T> {
  const post = (body: unknown, cookie = '') =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'common-ground', cookie },
      body: JSON.stringify(body),
    });
  const signIn = await post({
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
    variables: { input: { email: 'admin@demo.common-ground.example', password: 'common-ground-demo' } },
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = (await (await post({ query }, cookie)).json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
