import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openParentsForPostgresUser } from './embedded-postgres';

describe('openParentsForPostgresUser', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cg-open-'));
    await chmod(root, 0o755);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const mode = async (dir: string) => (await stat(dir)).mode & 0o777;

  it('lets others pass through private folders above the data, and changes nothing else', async () => {
    const home = join(root, 'home');
    const data = join(home, 'projects', 'cg', '.data');
    await mkdir(data, { recursive: true });
    await chmod(home, 0o700);
    await chmod(join(home, 'projects'), 0o750);
    await chmod(data, 0o755);
    await openParentsForPostgresUser(data);
    expect(await mode(home)).toBe(0o701);
    expect(await mode(join(home, 'projects'))).toBe(0o751);
    expect(await mode(data)).toBe(0o755);
  });
});
