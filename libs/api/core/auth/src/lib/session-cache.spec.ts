import { noteAccessChange } from '@cg/api/core/database';
import { SessionUser } from './current-user';
import { SessionCache } from './session-cache';

jest.mock('@cg/api/core/database', () => {
  let generation: number | undefined = 1;
  return {
    accessGeneration: () => generation,
    noteAccessChange: () => (generation = (generation ?? 0) + 1),
    setListening: (on: boolean) => (generation = on ? 1 : undefined),
  };
});
const { setListening } = jest.requireMock('@cg/api/core/database') as { setListening: (on: boolean) => void };

const user = (id: string): SessionUser & { expiresAt: Date } => ({
  id,
  email: `${id}@example.org`,
  name: id,
  isInstanceAdmin: false,
  sessionId: `session-${id}`,
  memberships: [],
  expiresAt: new Date(Date.now() + 3_600_000),
});

describe('SessionCache', () => {
  beforeEach(() => setListening(true));

  it('reads a session once, then serves it from memory', async () => {
    const cache = new SessionCache();
    const lookup = jest.fn(async () => user('asha'));
    await cache.read('hash', lookup);
    expect((await cache.read('hash', lookup))?.id).toBe('asha');
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('drops every entry when the access generation moves', async () => {
    const cache = new SessionCache();
    const lookup = jest.fn(async () => user('asha'));
    await cache.read('hash', lookup);
    noteAccessChange();
    await cache.read('hash', lookup);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('never keeps a lookup that overlapped a change', async () => {
    const cache = new SessionCache();
    await cache.read('hash', async () => {
      noteAccessChange();
      return user('asha');
    });
    const lookup = jest.fn(async () => user('asha'));
    await cache.read('hash', lookup);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('caches nothing while no one listens for changes, and no unknown session', async () => {
    const cache = new SessionCache();
    setListening(false);
    const lookup = jest.fn(async () => user('asha'));
    await cache.read('hash', lookup);
    await cache.read('hash', lookup);
    expect(lookup).toHaveBeenCalledTimes(2);
    setListening(true);
    const unknown = jest.fn(async () => null);
    await cache.read('other', unknown);
    await cache.read('other', unknown);
    expect(unknown).toHaveBeenCalledTimes(2);
  });

  it('keeps an entry no longer than the TTL or the session, and evicts the least recently used', async () => {
    const cache = new SessionCache(1000, 2);
    await cache.read('a', async () => user('a'));
    expect(cache.get('a', Date.now() + 1001)).toBeUndefined();
    await cache.read('a', async () => ({ ...user('a'), expiresAt: new Date(Date.now() + 10) }));
    expect(cache.get('a', Date.now() + 11)).toBeUndefined();
    await cache.read('a', async () => user('a'));
    await cache.read('b', async () => user('b'));
    cache.get('a');
    await cache.read('c', async () => user('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.id).toBe('a');
  });
});
