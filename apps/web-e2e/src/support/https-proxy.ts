import { ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** What a reverse proxy under test listens on, and the API port it forwards to. */
export interface ProxyPorts {
  https: number;
  http: number;
  api: number;
}

export interface RunningProxy {
  log(): string;
  stop(): Promise<void>;
}

/**
 * The documented proxy file with only the given strings swapped (ports, certificate, API address).
 * A swap that no longer matches fails loudly, so the test cannot drift from the documentation.
 */
export function documentedFileWith(file: string, swaps: [string, string][]): string {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of swaps) {
    if (!text.includes(from))
      throw new Error(`${file} no longer contains "${from}": update the test with the documentation.`);
    text = text.split(from).join(to);
  }
  return text;
}

/** A self-signed certificate for localhost and 127.0.0.1, made with openssl. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

/** Resolves once `child` listens on `port` on loopback; throws with its log if it exits or never does. */
export async function untilListening(child: ChildProcess, port: number, name: string, log: () => string) {
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${log()}`);
    if (await listening(port)) return;
    if (attempt > 100) throw new Error(`${name} did not listen on ${port}:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops `child` with `signal` and resolves when it has exited. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
