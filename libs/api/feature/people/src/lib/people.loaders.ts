import { AffiliationEntity, PersonEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader, groupedBatch } from '@cg/api/core/graphql';

export const personById = defineLoader<string, PersonEntity | null>(
  'personById',
  (db) => (ids) => byIdBatch(db.getRepository(PersonEntity), ids),
);

/** Each person's affiliations that are not archived: primary first, then current, then latest. */
export const affiliationsByPerson = defineLoader<string, AffiliationEntity[]>(
  'affiliationsByPerson',
  (db) => async (ids) => {
    const rows = await db
      .getRepository(AffiliationEntity)
      .createQueryBuilder('a')
      .where('a.person_id = ANY(:ids)', { ids: [...ids] })
      .andWhere('a.archived_at IS NULL')
      .orderBy('a.is_primary', 'DESC')
      .addOrderBy('a.to_date', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.from_date', 'DESC', 'NULLS LAST')
      .addOrderBy('a.id')
      .getMany();
    return groupedBatch(ids, rows, (row) => row.personId);
  },
);

/** The affiliations of each organisation's people (neither archived), current ones first. */
export const affiliationsByOrganisation = defineLoader<string, AffiliationEntity[]>(
  'affiliationsByOrganisation',
  (db) => async (ids) => {
    const rows = await db
      .getRepository(AffiliationEntity)
      .createQueryBuilder('a')
      .innerJoin('person', 'p', 'p.id = a.person_id AND p.archived_at IS NULL')
      .where('a.organisation_id = ANY(:ids)', { ids: [...ids] })
      .andWhere('a.archived_at IS NULL')
      .orderBy('a.to_date', 'DESC', 'NULLS FIRST')
      .addOrderBy('lower(p.full_name)')
      .addOrderBy('a.id')
      .getMany();
    return groupedBatch(ids, rows, (row) => row.organisationId);
  },
);
