import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { WORKSPACE } from './server';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

/** The site file docs/deploy.md shows; the test runs it as written, with only these swapped. */
export const SITE_FILE = join(WORKSPACE, 'docs/deploy/nginx-common-ground.conf');

export interface ProxyPorts {
  https: number;
  http: number;
  api: number;
}

/** The documented site with loopback ports, the test's certificate and the API's port. */
export function siteForTest(ports: ProxyPorts, cert: string, key: string): string {
  const swaps: [string, string][] = [
    ['listen [::]:80;', ''],
    ['listen [::]:443 ssl;', ''],
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen 443 ssl;', `listen 127.0.0.1:${ports.https} ssl;`],
    ['/etc/letsencrypt/live/commonground.example.org/fullchain.pem', cert],
    ['/etc/letsencrypt/live/commonground.example.org/privkey.pem', key],
    ['proxy_pass http://127.0.0.1:3000;', `proxy_pass http://127.0.0.1:${ports.api};`],
  ];
  let site = readFileSync(SITE_FILE, 'utf8');
  for (const [from, to] of swaps) {
    if (!site.includes(from))
      throw new Error(`${SITE_FILE} no longer contains "${from}": update the test with the documentation.`);
    site = site.split(from).join(to);
  }
  return site;
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

/** Runs nginx in the foreground with everything (pid, logs, temp files) in `dir`. */
export async function startNginx(
  dir: string,
  site: string,
  port: number,
): Promise<{ log(): string; stop(): Promise<void> }> {
  await writeFile(join(dir, 'site.conf'), site);
  await writeFile(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 128; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  let output = '';
  const child: ChildProcess = spawn(
    NGINX as string,
    ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const log = () => output + (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${log()}`);
    if (await listening(port)) break;
    if (attempt > 100) throw new Error(`nginx did not listen on ${port}:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
