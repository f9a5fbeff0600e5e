import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, Interface } from 'node:readline';

const ROOT = resolve(__dirname, '../../../../..');

/** A PostgreSQL the test controls, running in a child process (postgres-process.ts). */
export interface PostgresProcess {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its files. */
  close(): Promise<void>;
}

export async function startPostgresProcess(): Promise<PostgresProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cg-own-pg-'));
  await chmod(dataDir, 0o755);
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(__dirname, 'postgres-process.ts'),
      dataDir,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json' },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const first = await nextMessage(child, lines);
  const url = String(first['url']);
  return {
    url,
    stop: async () => {
      child.stdin.write('stop\n');
      await nextMessage(child, lines);
    },
    start: async () => {
      child.stdin.write('start\n');
      await nextMessage(child, lines);
    },
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function nextMessage(child: ChildProcessWithoutNullStreams, lines: Interface): Promise<Record<string, unknown>> {
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolveMessage, reject) => {
    const onExit = (code: number | null) => reject(new Error(`The PostgreSQL process ended (${code}): ${errors}`));
    child.once('exit', onExit);
    // Only this protocol's lines are JSON; the server's own log lines pass by.
    const onLine = (line: string) => {
      if (!line.startsWith('{')) return;
      lines.off('line', onLine);
      child.off('exit', onExit);
      resolveMessage(JSON.parse(line));
    };
    lines.on('line', onLine);
  });
}
