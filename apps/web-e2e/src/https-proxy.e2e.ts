import { describeBehindProxy } from './support/https-proxy-suite';
import { NGINX, siteForTest, startNginx } from './support/nginx';

// docs/deploy.md's nginx site file, run as written behind Debian's nginx (checks in the suite).
describeBehindProxy({
  name: 'nginx',
  binary: NGINX,
  debianPackage: 'nginx',
  redirectStatus: 301,
  start: (dir, ports, cert, key) => startNginx(dir, siteForTest(ports, cert, key), ports.https),
});
