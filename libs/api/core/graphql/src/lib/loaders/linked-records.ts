import { EntityTarget, ObjectLiteral } from 'typeorm';
import { groupedBatch } from './batch';
import { defineLoader, LoaderDefinition } from './loader-registry';

export interface LinkedRecords<T> {
  /** The records loaded, e.g. PlaceEntity. */
  target: EntityTarget<T>;
  /** The link table, its column holding the loader's keys, and its column pointing at `target`'s id. */
  link: { table: string; keyColumn: string; targetColumn: string };
  /** ORDER BY terms on alias `t` (the records), e.g. ['lower(t.name)']; the id breaks ties. */
  orderBy: string[];
  /** Leave out archived records (the usual rule for a nested list). */
  skipArchived?: boolean;
}

/**
 * A one-to-many loader over a link table ("places each project works in", "organisations in each
 * activity"): links and records in one statement, each key's records in `orderBy` order, [] where
 * none. Row-level security judges the link and the record as for any read.
 */
export function linkedRecordsLoader<T extends ObjectLiteral & { id: string }>(
  name: string,
  { target, link, orderBy, skipArchived = false }: LinkedRecords<T>,
): LoaderDefinition<string, T[]> {
  return defineLoader<string, T[]>(name, (db) => async (ids) => {
    const query = db
      .getRepository(target)
      .createQueryBuilder('t')
      .innerJoin(link.table, 'l', `l.${link.targetColumn} = t.id`)
      .addSelect(`l.${link.keyColumn}`, 'link_key')
      .where(`l.${link.keyColumn} = ANY(:ids)`, { ids: [...ids] });
    if (skipArchived) query.andWhere('t.archived_at IS NULL');
    for (const term of orderBy)
      query.addOrderBy(term.replace(/ (ASC|DESC)$/i, ''), / DESC$/i.test(term) ? 'DESC' : 'ASC');
    query.addOrderBy('t.id');
    const { raw, entities } = await query.getRawAndEntities<{ link_key: string; t_id: string }>();
    const byId = new Map(entities.map((record) => [record.id, record]));
    const pairs = raw.map((row) => ({ key: row.link_key, record: byId.get(row.t_id) as T }));
    return groupedBatch(ids, pairs, (pair) => pair.key).map((group) => group.map((pair) => pair.record));
  });
}

/** A one-to-many loader of the ids a link table pairs with each key (for inputs and edit forms), ordered by id. */
export function linkedIdsLoader(
  name: string,
  link: { table: string; keyColumn: string; targetColumn: string },
): LoaderDefinition<string, string[]> {
  return defineLoader<string, string[]>(name, (db) => async (ids) => {
    const rows: { key: string; target: string }[] = await db.query(
      `SELECT ${link.keyColumn} AS key, ${link.targetColumn} AS target FROM ${link.table}
       WHERE ${link.keyColumn} = ANY($1::uuid[]) ORDER BY ${link.targetColumn}`,
      [[...ids]],
    );
    return groupedBatch(ids, rows, (row) => row.key).map((group) => group.map((row) => row.target));
  });
}
