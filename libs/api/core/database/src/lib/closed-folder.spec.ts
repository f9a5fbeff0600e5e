import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedFolderAbove, postgresUserBlockedBy } from './closed-folder';

describe('closedFolderAbove', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cg-closed-'));
    await chmod(root, 0o755);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('names the private folder a checkout sits in, however deep below it', async () => {
    const checkout = join(root, 'private', 'work', 'common-ground');
    await mkdir(checkout, { recursive: true, mode: 0o755 });
    await chmod(join(root, 'private'), 0o700);
    expect(await closedFolderAbove(checkout)).toBe(join(root, 'private'));
  });

  it('finds nothing when every folder on the way up is open to other users', async () => {
    const checkout = join(root, 'open', 'common-ground');
    await mkdir(checkout, { recursive: true, mode: 0o755 });
    const closed = await closedFolderAbove(checkout);
    // Folders above the temporary directory belong to the machine, not the test.
    expect(closed === null || !closed.startsWith(root)).toBe(true);
  });
});

describe('postgresUserBlockedBy', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cg-blocked-'));
    await chmod(root, 0o755);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  (process.getuid?.() === 0 ? it : it.skip)('as root, names the private folder and the command that opens it', async () => {
    const checkout = join(root, 'clone');
    await mkdir(checkout, { mode: 0o700 });
    const message = await postgresUserBlockedBy(checkout);
    expect(message).toContain(`cannot enter ${checkout}`);
    expect(message).toContain(`chmod o+x ${checkout}`);
  });

  it('has nothing to say about a checkout others may enter', async () => {
    const checkout = join(root, 'open');
    await mkdir(checkout, { mode: 0o755 });
    expect(await postgresUserBlockedBy(checkout)).toBeNull();
  });
});
