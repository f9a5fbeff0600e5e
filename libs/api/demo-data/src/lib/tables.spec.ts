import { ENTITIES } from '@cg/api/core/database';
import { DataSource, EntityMetadata } from 'typeorm';
import { TABLES } from './tables';

/**
 * tables.ts writes out the columns the generator fills, for its bulk COPY; the entities are
 * the schema. This keeps the two from drifting: every column named here exists on the
 * entity of that table, with the same enum type and array-ness, and every column the schema
 * requires (not null, no default) is one the generator fills.
 */
describe('TABLES against the TypeORM entities', () => {
  let metadata: Map<string, EntityMetadata>;
  beforeAll(async () => {
    const dataSource = new DataSource({ type: 'postgres', entities: ENTITIES });
    // Builds the metadata from the decorators alone; nothing connects.
    await dataSource['buildMetadatas']();
    metadata = new Map(dataSource.entityMetadatas.map((entity) => [entity.tableName, entity]));
  });

  it.each(TABLES.map((spec) => [spec.table, spec] as const))('%s: every column exists with its type', (_, spec) => {
    const entity = metadata.get(spec.table);
    expect(entity).toBeDefined();
    for (const column of spec.columns) {
      const found = entity?.findColumnWithDatabaseName(column.name);
      expect({ column: column.name, exists: found !== undefined }).toEqual({ column: column.name, exists: true });
      if (!found) continue;
      if (found.enumName) expect({ column: column.name, type: found.enumName }).toEqual({ column: column.name, type: column.type });
      expect({ column: column.name, array: found.isArray }).toEqual({ column: column.name, array: column.array ?? false });
    }
  });

  it.each(TABLES.map((spec) => [spec.table, spec] as const))('%s: fills every column that has neither a default nor NULL', (_, spec) => {
    const listed = new Set(spec.columns.map((column) => column.name));
    const required = (metadata.get(spec.table)?.columns ?? [])
      .filter((c) => !c.isNullable && c.default === undefined && !c.isGenerated && !c.generatedType)
      .filter((c) => !c.isCreateDate && !c.isUpdateDate && !c.isDeleteDate && !c.isVersion)
      .map((c) => c.databaseName);
    expect(required.filter((name) => !listed.has(name))).toEqual([]);
  });
});
