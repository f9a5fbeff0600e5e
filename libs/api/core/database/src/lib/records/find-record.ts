import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound } from '@cg/shared/domain';

/** The record of `entity` with this id, as the caller may read it, or NOT_FOUND naming `kind`. */
export async function findRecord<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  kind: string,
  id: string,
): Promise<T> {
  const record = await db.getRepository(entity).findOneBy({ id } as never);
  if (!record) throw notFound(kind, id);
  return record;
}
