import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findBypassingWrites, isSystemWork } from './feature-writes';

const FEATURES = resolve(__dirname, '../../../../..', 'feature');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return path.includes('/src/') && path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('feature libraries write only through RecordWriter (issue #10)', () => {
  it('finds no write that bypasses it', () => {
    const files = sourceFiles(FEATURES);
    expect(files.length).toBeGreaterThan(50);
    const bypasses = files.flatMap((file) =>
      findBypassingWrites(file, readFileSync(file, 'utf8')).map(
        (w) => `${relative(FEATURES, file)}:${w.line} ${w.text}`,
      ),
    );
    expect(bypasses).toEqual([]);
  });

  it('lets only these files write as the system, each saying why', () => {
    const systemWork = sourceFiles(FEATURES)
      .filter((file) => isSystemWork(readFileSync(file, 'utf8')))
      .map((file) => relative(FEATURES, file))
      .sort();
    // Official place data and the charity identifier lookup, imported by an instance admin or the
    // CLI, run as the system (runAsSystem). Import jobs' bookkeeping lives in core/imports.
    expect(systemWork).toEqual([
      'place-data/src/lib/import/import-hex-layout.ts',
      'place-data/src/lib/import/import-postcodes.ts',
      'place-data/src/lib/import/write-aliases.ts',
      'place-data/src/lib/import/write-memberships.ts',
      'place-data/src/lib/import/write-places.ts',
      'three-sixty-giving/src/lib/write/import-charity-links.ts',
    ]);
  });

  it('needs a reason beside the system-work mark', () => {
    const write = `await manager.insert(PlaceEntity, rows);`;
    expect(findBypassingWrites('example.ts', `// write-gate: system work, because\n${write}`)).toHaveLength(1);
    expect(
      findBypassingWrites('example.ts', `// write-gate: system work, because imports run as the system\n${write}`),
    ).toEqual([]);
  });

  it.each([
    ['an entity-manager insert', `await manager.insert(OrganisationPlaceEntity, rows);`],
    ['a repository save', `await this.dataSource.getRepository(PersonEntity).save(person);`],
    ['a query-builder update', `await m.getRepository(X).createQueryBuilder().update().set({}).execute();`],
    [
      'write SQL given to query',
      `await manager.query('DELETE FROM organisation_place WHERE organisation_id = $1', [id]);`,
    ],
    ['write SQL kept in a constant', 'const SQL = `UPDATE ${table} SET version = version + 1`;'],
  ])('notices %s', (_, code) => {
    expect(findBypassingWrites('example.ts', code)).toHaveLength(1);
  });

  it.each([
    ['writes through RecordWriter', `await this.writer.update(PersonEntity, id, version, changes, actor);`],
    ['child rows in a write', 'await rows.write(`UPDATE story SET quote = NULL WHERE person_id = $1`, [id]);'],
    [
      'reads, row locks and caches',
      `await db.query('SELECT 1 FROM person WHERE id = $1 FOR UPDATE'); this.cache.delete(key);`,
    ],
  ])('leaves alone %s', (_, code) => {
    expect(findBypassingWrites('example.ts', code)).toEqual([]);
  });
});
