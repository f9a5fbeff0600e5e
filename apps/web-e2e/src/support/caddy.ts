import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentedFileWith, ProxyPorts, RunningProxy, stopChild, untilListening } from './https-proxy';
import { WORKSPACE } from './server';

export const CADDY = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((path) => existsSync(path));

/** The Caddyfile docs/deploy.md shows; the test runs it as written, with only these swapped. */
export const CADDYFILE = join(WORKSPACE, 'docs/deploy/Caddyfile');

/**
 * The documented Caddyfile on loopback ports with the test's certificate and the API's port.
 * The global options keep Caddy inside the test: no admin endpoint, no attempt to install a
 * root certificate, and no port 80/443.
 */
export function caddyfileForTest(ports: ProxyPorts, cert: string, key: string): string {
  const site = documentedFileWith(CADDYFILE, [
    ['commonground.example.org {', `localhost:${ports.https} {\n\ttls ${cert} ${key}`],
    ['reverse_proxy 127.0.0.1:3000 {', `reverse_proxy 127.0.0.1:${ports.api} {`],
  ]);
  const globals = `{
	admin off
	skip_install_trust
	default_bind 127.0.0.1
	http_port ${ports.http}
	https_port ${ports.https}
}
`;
  return globals + site;
}

/** Runs Caddy in the foreground with its config, storage and autosave in `dir`. */
export async function startCaddy(dir: string, caddyfile: string, port: number): Promise<RunningProxy> {
  const file = join(dir, 'Caddyfile');
  await writeFile(file, caddyfile);
  let output = '';
  const child: ChildProcess = spawn(CADDY as string, ['run', '--config', file, '--adapter', 'caddyfile'], {
    // Caddy keeps certificates under XDG_DATA_HOME and its autosaved config under XDG_CONFIG_HOME.
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const log = () => output;
  await untilListening(child, port, 'Caddy', log);
  return { log, stop: () => stopChild(child, 'SIGTERM') };
}
