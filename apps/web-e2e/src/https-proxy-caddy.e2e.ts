import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CADDY, CADDYFILE, caddyfileForTest, startCaddy } from './support/caddy';
import { describeBehindProxy } from './support/https-proxy-suite';
import { WORKSPACE } from './support/server';

// docs/deploy.md's Caddyfile, run as written behind Debian's Caddy (checks in the suite).
describeBehindProxy({
  name: 'Caddy',
  binary: CADDY,
  debianPackage: 'caddy',
  redirectStatus: 308,
  start: (dir, ports, cert, key) => startCaddy(dir, caddyfileForTest(ports, cert, key), ports.https),
});

describe('the Caddyfile in docs/deploy.md', () => {
  it('is the file the test runs, less its opening comments', () => {
    const doc = readFileSync(join(WORKSPACE, 'docs/deploy.md'), 'utf8');
    const shown = /```caddy\n([\s\S]*?)```/.exec(doc)?.[1];
    const file = readFileSync(CADDYFILE, 'utf8').replace(/^(#.*\n)+/, '');
    expect(shown).toBe(file);
  });
});
