import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertRecordsExist, findRecord, LinkTable, OutcomeEntity, RecordWriter } from '@cg/api/core/database';
import {
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  liveRecords,
  pageOfList,
  SortDirection,
  SortInputValue,
} from '@cg/api/core/graphql';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { CreateOutcomeInput, UpdateOutcomeInput } from './dto/outcome.inputs';
import { OutcomeFilter, OutcomeSortField } from './outcome-list.types';
import { outcomeStatusSql } from './outcome-status.sql';
import { badInput, notFound } from '@cg/shared/domain';

const CONTRIBUTORS: LinkTable = { table: 'outcome_contributor', ownerColumn: 'outcome_id', otherColumn: 'organisation_id', field: 'contributorIds' };

const FILTER: FilterFieldMap<OutcomeFilter> = {
  id: { column: 'o.id', kind: 'id' },
  ownerPartnership: { column: 'o.owner_partnership_id', kind: 'id' },
  ownerProject: { column: 'o.owner_project_id', kind: 'id' },
  definedBy: { column: 'o.defined_by', kind: 'enum' },
  coProduced: { column: 'o.co_produced', kind: 'boolean' },
  missions: (value, alias) => {
    const parts: string[] = [];
    if (value.any) parts.push(`${alias}.missions && CAST(:any AS levelling_up_mission[])`);
    if (value.all) parts.push(`${alias}.missions @> CAST(:all AS levelling_up_mission[])`);
    return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params: { any: value.any ?? [], all: value.all ?? [] } };
  },
  title: { column: 'o.title', kind: 'string' },
  // Computed per outcome in SQL (see outcome-status.sql.ts): bounded by the page's filter, one
  // indexed lookup of indicators and of each indicator's latest reading per outcome.
  status: (value, alias) => ({
    sql: `${outcomeStatusSql(`${alias}.id`)} = ANY(CAST(:statuses AS text[]))`,
    params: { statuses: value.in ?? (value.eq ? [value.eq] : []) },
  }),
};

const SORT: Record<OutcomeSortField, string> = { TITLE: 'lower(o.title)', CREATED_AT: 'o.created_at' };

@Injectable()
export class OutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<OutcomeEntity> {
    return findRecord(this.dataSource, OutcomeEntity, 'outcome', id);
  }

  list(args: ConnectionArgsInput, filter?: OutcomeFilter | null, sort?: SortInputValue<OutcomeSortField>[] | null): Promise<ConnectionOf<OutcomeEntity>> {
    const records = liveRecords(this.dataSource, OutcomeEntity, 'o');
    return pageOfList(records, { filters: FILTER, sorts: SORT, defaultOrder: [{ sql: 'lower(o.title)', direction: SortDirection.ASC }] }, { args, filter, sort });
  }

  /** Creates the outcome and its contributors together: both or neither. */
  create(input: CreateOutcomeInput, actor: Actor): Promise<OutcomeEntity> {
    const { contributorIds, ...fields } = input;
    checkOneOwner(fields.ownerPartnershipId, fields.ownerProjectId);
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      return this.writer.create(OutcomeEntity, fields as DeepPartial<OutcomeEntity>, actor, {
        manager,
        children: (rows) => rows.replaceLinks(CONTRIBUTORS, contributorIds ?? []),
      });
    });
  }

  /**
   * Changes the fields sent. To move the outcome to another owner send both owner fields,
   * the new one set and the old one null; it must end with exactly one.
   */
  update(input: UpdateOutcomeInput, actor: Actor): Promise<OutcomeEntity> {
    const { id, version, contributorIds, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      const current = await manager.findOneBy(OutcomeEntity, { id });
      if (!current) throw notFound('outcome', id);
      checkOneOwner(
        changes.ownerPartnershipId !== undefined ? changes.ownerPartnershipId : current.ownerPartnershipId,
        changes.ownerProjectId !== undefined ? changes.ownerProjectId : current.ownerProjectId,
      );
      await this.checkReferences(manager, input);
      return this.writer.update(OutcomeEntity, id, version, changes as DeepPartial<OutcomeEntity>, actor, {
        manager,
        children: async (rows) => (contributorIds ? rows.replaceLinks(CONTRIBUTORS, contributorIds) : {}),
      });
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<OutcomeEntity> {
    return this.writer.archive(OutcomeEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<OutcomeEntity> {
    return this.writer.restore(OutcomeEntity, id, version, actor);
  }

  private async checkReferences(manager: EntityManager, input: CreateOutcomeInput | UpdateOutcomeInput): Promise<void> {
    await assertRecordsExist(manager, 'partnership', [input.ownerPartnershipId], 'ownerPartnershipId');
    await assertRecordsExist(manager, 'project', [input.ownerProjectId], 'ownerProjectId');
    await assertRecordsExist(manager, 'organisation', input.contributorIds ?? [], 'contributorIds');
    await assertRecordsExist(manager, 'organisation', [input.ownerOrganisationId], 'ownerOrganisationId');
  }
}

function checkOneOwner(partnershipId: string | null | undefined, projectId: string | null | undefined): void {
  if (!partnershipId === !projectId) {
    throw badInput('owner', 'An outcome has exactly one owner: give ownerPartnershipId or ownerProjectId, not both and not neither.');
  }
}
