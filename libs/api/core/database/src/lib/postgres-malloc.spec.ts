import { postgresMallocTunables, withPostgresMallocTunables } from './postgres-malloc';

describe('PostgreSQL malloc tunables', () => {
  it('sets the trim threshold, keeping the operator’s other tunables', () => {
    expect(postgresMallocTunables(undefined)).toBe('glibc.malloc.trim_threshold=8388608');
    expect(postgresMallocTunables('glibc.malloc.arena_max=2')).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.trim_threshold=8388608',
    );
  });

  it('leaves a trim threshold the operator set', () => {
    expect(postgresMallocTunables('glibc.malloc.trim_threshold=1048576:glibc.malloc.arena_max=2')).toBe(
      'glibc.malloc.trim_threshold=1048576:glibc.malloc.arena_max=2',
    );
  });

  it('sets it only while PostgreSQL starts', async () => {
    const before = process.env['GLIBC_TUNABLES'];
    const seen = await withPostgresMallocTunables(async () => process.env['GLIBC_TUNABLES']);
    expect(seen).toContain('glibc.malloc.trim_threshold=');
    expect(process.env['GLIBC_TUNABLES']).toBe(before);
    await expect(
      withPostgresMallocTunables(async () => {
        throw new Error('did not start');
      }),
    ).rejects.toThrow('did not start');
    expect(process.env['GLIBC_TUNABLES']).toBe(before);
  });
});
