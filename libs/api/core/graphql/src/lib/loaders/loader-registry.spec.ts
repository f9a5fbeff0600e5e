import { DataSource } from 'typeorm';
import { defineLoader, LoaderRegistry } from './loader-registry';

describe('LoaderRegistry', () => {
  const dataSource = { name: 'fake' } as unknown as DataSource;

  function counting() {
    const batches: string[][] = [];
    const definition = defineLoader<string, string>('upper', (db) => async (keys) => {
      batches.push([...keys]);
      return keys.map((key) => `${(db as unknown as { name: string }).name}:${key.toUpperCase()}`);
    });
    return { batches, definition };
  }

  it('batches every load of one tick into one call, with the DataSource at hand', async () => {
    const { batches, definition } = counting();
    const loaders = new LoaderRegistry(dataSource);
    const results = await Promise.all(['a', 'b', 'a', 'c'].map((key) => loaders.get(definition).load(key)));
    expect(results).toEqual(['fake:A', 'fake:B', 'fake:A', 'fake:C']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('keeps one loader per definition for the life of the registry (one request)', async () => {
    const { batches, definition } = counting();
    const loaders = new LoaderRegistry(dataSource);
    expect(loaders.get(definition)).toBe(loaders.get(definition));
    await loaders.get(definition).load('a');
    await loaders.get(definition).load('a');
    expect(batches).toEqual([['a']]);
  });

  it('shares nothing between registries, so no cache outlives a request', async () => {
    const { batches, definition } = counting();
    await new LoaderRegistry(dataSource).get(definition).load('a');
    await new LoaderRegistry(dataSource).get(definition).load('a');
    expect(batches).toEqual([['a'], ['a']]);
  });

  it('passes DataLoader options through', async () => {
    const calls: string[][] = [];
    const definition = defineLoader<string, string>(
      'noBatch',
      () => async (keys) => (calls.push([...keys]), [...keys]),
      { batch: false },
    );
    const loaders = new LoaderRegistry(dataSource);
    await Promise.all([loaders.get(definition).load('a'), loaders.get(definition).load('b')]);
    expect(calls).toEqual([['a'], ['b']]);
    expect(loaders.get(definition).name).toBe('noBatch');
  });
});
