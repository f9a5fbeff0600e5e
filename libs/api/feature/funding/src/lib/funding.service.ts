import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  checkDateOrder,
  checkIdsExist,
  checkSpanAfterUpdate,
  ChildRows,
  FieldChanges,
  findRecord,
  FundingEntity,
  FundingInstalmentEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  ConnectionArgs,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  liveRecords,
  pageOfList,
  placeWithinSql,
  recordFilterColumns,
  SortDirection,
  SortInputValue,
} from '@cg/api/core/graphql';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { CreateFundingInput } from './dto/create-funding.input';
import { FundingInstalmentInput } from './dto/funding-fields.input';
import { UpdateFundingInput } from './dto/update-funding.input';
import { checkOneRecipient, checkSchedule, Recipient, RECIPIENT_KEYS } from './funding-rules';
import { FundingFilter, FundingSortField } from './funding-list.types';


const FILTER: FilterFieldMap<FundingFilter> = {
  ...recordFilterColumns('f'),
  funder: { column: 'f.funder_organisation_id', kind: 'id' },
  recipientOrganisation: { column: 'f.recipient_organisation_id', kind: 'id' },
  recipientPartnership: { column: 'f.recipient_partnership_id', kind: 'id' },
  recipientProject: { column: 'f.recipient_project_id', kind: 'id' },
  status: { column: 'f.status', kind: 'enum' },
  type: { column: 'f.type', kind: 'enum' },
  programme: { column: 'f.programme', kind: 'string' },
  awardDate: { column: 'f.award_date', kind: 'date' },
  amount: { column: 'f.amount', kind: 'float' },
  withinPlace: (place, alias) =>
    idCondition(
      place,
      (
        ids,
      ) => `${alias}.recipient_organisation_id IN (SELECT ro.id FROM organisation ro WHERE ${placeWithinSql('ro.home_place_id', ids)})
        OR EXISTS (SELECT 1 FROM partnership_place rpp WHERE rpp.partnership_id = ${alias}.recipient_partnership_id AND ${placeWithinSql('rpp.place_id', ids)})
        OR EXISTS (SELECT 1 FROM project_place rjp WHERE rjp.project_id = ${alias}.recipient_project_id AND ${placeWithinSql('rjp.place_id', ids)})`,
    ),
};

const SORT = {
  AMOUNT: 'f.amount',
  AWARD_DATE: { sql: 'f.award_date', nulls: 'LAST' as const },
  CREATED_AT: 'f.created_at',
};

@Injectable()
export class FundingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<FundingEntity> {
    return findRecord(this.dataSource, FundingEntity, 'funding', id);
  }

  list(
    args: ConnectionArgs,
    filter?: FundingFilter | null,
    sort?: SortInputValue<FundingSortField>[] | null,
  ): Promise<ConnectionOf<FundingEntity>> {
    const records = liveRecords(this.dataSource, FundingEntity, 'f');
    return pageOfList(
      records,
      { filters: FILTER, sorts: SORT, defaultOrder: [{ sql: 'f.created_at', direction: SortDirection.DESC }] },
      { args, filter, sort },
    );
  }

  /** Creates the funding and its schedule together: all instalments or nothing. */
  create(input: CreateFundingInput, actor: Actor): Promise<FundingEntity> {
    const { schedule, ...fields } = input;
    checkOneRecipient(fields);
    checkDateOrder(fields.periodStart, fields.periodEnd, 'periodEnd', 'periodStart');
    if (schedule) checkSchedule(schedule, fields.amount);
    return this.writer.transaction(async (manager) => {
      await checkReferences(manager, fields);
      return this.writer.create(FundingEntity, fields as DeepPartial<FundingEntity>, actor, {
        manager,
        children: (rows, funding) => replaceSchedule(rows, funding.id, [], schedule ?? []),
      });
    });
  }

  /** Changes the fields sent; `schedule`, when sent, replaces the schedule in the same transaction. */
  update(input: UpdateFundingInput, actor: Actor): Promise<FundingEntity> {
    const { id, version, schedule, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      const existing = await manager.getRepository(FundingEntity).findOneBy({ id });
      // Checked before writing, so a second recipient is named as such rather than breaking the table's rule.
      if (existing)
        checkOneRecipient(
          Object.fromEntries(
            RECIPIENT_KEYS.map((key) => [key, changes[key] !== undefined ? changes[key] : existing[key]]),
          ),
        );
      await checkReferences(manager, changes);
      return this.writer.update(FundingEntity, id, version, changes as DeepPartial<FundingEntity>, actor, {
        manager,
        children: async (rows, funding) => {
          checkSpanAfterUpdate(funding, changes, 'periodStart', 'periodEnd');
          const current = await manager
            .getRepository(FundingInstalmentEntity)
            .find({ where: { fundingId: id }, order: { dueDate: 'ASC' } });
          if (schedule !== undefined) checkSchedule(schedule, funding.amount);
          else if (current.length > 0) checkSchedule(current, funding.amount);
          return schedule === undefined ? {} : replaceSchedule(rows, id, current, schedule);
        },
      });
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<FundingEntity> {
    return this.writer.archive(FundingEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<FundingEntity> {
    return this.writer.restore(FundingEntity, id, version, actor);
  }
}

async function checkReferences(
  manager: EntityManager,
  fields: Partial<Recipient> & { funderOrganisationId?: string },
): Promise<void> {
  if (fields.funderOrganisationId)
    await checkIdsExist(manager, 'organisation', [fields.funderOrganisationId], 'funderOrganisationId', 'organisation');
  if (fields.recipientOrganisationId)
    await checkIdsExist(
      manager,
      'organisation',
      [fields.recipientOrganisationId],
      'recipientOrganisationId',
      'organisation',
    );
  if (fields.recipientPartnershipId)
    await checkIdsExist(
      manager,
      'partnership',
      [fields.recipientPartnershipId],
      'recipientPartnershipId',
      'partnership',
    );
  if (fields.recipientProjectId)
    await checkIdsExist(manager, 'project', [fields.recipientProjectId], 'recipientProjectId', 'project');
}

/** Makes the funding's instalments exactly `schedule`; the change, for the audit row. */
async function replaceSchedule(
  rows: ChildRows,
  fundingId: string,
  current: readonly FundingInstalmentEntity[],
  schedule: readonly FundingInstalmentInput[],
): Promise<FieldChanges> {
  const before = current.map(({ dueDate, amount, paid }) => ({ dueDate, amount, paid }));
  const after = [...schedule]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map(({ dueDate, amount, paid }) => ({ dueDate, amount, paid: paid ?? false }));
  if (JSON.stringify(before) === JSON.stringify(after)) return {};
  if (current.length > 0) await rows.delete(FundingInstalmentEntity, { fundingId });
  if (after.length > 0)
    await rows.insert(
      FundingInstalmentEntity,
      after.map((line) => ({ fundingId, ...line })),
    );
  return { schedule: { before, after } };
}
