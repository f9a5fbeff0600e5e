import { FundingInstalmentEntity } from '@cg/api/core/database';
import { defineLoader, groupedBatch, orderByKeys } from '@cg/api/core/graphql';

/** The schedule of each funding, by due date. */
export const scheduleByFunding = defineLoader<string, FundingInstalmentEntity[]>(
  'scheduleByFunding',
  (db) => async (ids) =>
    groupedBatch(
      ids,
      await db
        .getRepository(FundingInstalmentEntity)
        .createQueryBuilder('i')
        .where('i.funding_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('i.due_date')
        .addOrderBy('i.id')
        .getMany(),
      (row) => row.fundingId,
    ),
);

const totalBy = (column: string) => (db: import('typeorm').DataSource) => async (ids: readonly string[]) => {
  const rows: { id: string; total: string }[] = await db.query(
    `SELECT ${column} AS id, sum(amount) AS total FROM funding WHERE ${column} = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY ${column}`,
    [[...ids]],
  );
  return orderByKeys(ids, rows, (row) => row.id).map((row) => Number(row?.total ?? 0));
};

/** Funding (not archived) an organisation received directly, in pounds. */
export const fundingReceivedTotalByOrganisation = defineLoader<string, number>(
  'fundingReceivedTotalByOrganisation',
  totalBy('recipient_organisation_id'),
);

/** Funding (not archived) an organisation gave as funder, in pounds. */
export const fundingGivenTotalByOrganisation = defineLoader<string, number>(
  'fundingGivenTotalByOrganisation',
  totalBy('funder_organisation_id'),
);
