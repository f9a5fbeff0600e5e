import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentedFileWith, ProxyPorts, RunningProxy, stopChild, untilListening } from './https-proxy';
import { WORKSPACE } from './server';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

/** The site file docs/deploy.md shows; the test runs it as written, with only these swapped. */
export const SITE_FILE = join(WORKSPACE, 'docs/deploy/nginx-common-ground.conf');

/** The documented site with loopback ports, the test's certificate and the API's port. */
export function siteForTest(ports: ProxyPorts, cert: string, key: string): string {
  return documentedFileWith(SITE_FILE, [
    ['listen [::]:80;', ''],
    ['listen [::]:443 ssl;', ''],
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen 443 ssl;', `listen 127.0.0.1:${ports.https} ssl;`],
    ['/etc/letsencrypt/live/commonground.example.org/fullchain.pem', cert],
    ['/etc/letsencrypt/live/commonground.example.org/privkey.pem', key],
    ['proxy_pass http://127.0.0.1:3000;', `proxy_pass http://127.0.0.1:${ports.api};`],
  ]);
}

/** Runs nginx in the foreground with everything (pid, logs, temp files) in `dir`. */
export async function startNginx(dir: string, site: string, port: number): Promise<RunningProxy> {
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
  await untilListening(child, port, 'nginx', log);
  return { log, stop: () => stopChild(child, 'SIGQUIT') };
}
