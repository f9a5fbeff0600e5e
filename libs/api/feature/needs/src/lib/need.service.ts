import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertRecordsExist, findRecord, LinkTable, NeedEntity, RecordWriter } from '@cg/api/core/database';
import {
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  liveRecords,
  pageOfList,
  placeWithin,
  SortDirection,
  SortInputValue,
} from '@cg/api/core/graphql';
import { badInput, NeedSource, notFound, todayInLondon } from '@cg/shared/domain';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { CreateNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedFilter, NeedSortField } from './need-list.types';

const PROJECTS: LinkTable = { table: 'need_project', ownerColumn: 'need_id', otherColumn: 'project_id', field: 'projectIds' };
const OUTCOMES: LinkTable = { table: 'need_outcome', ownerColumn: 'need_id', otherColumn: 'outcome_id', field: 'outcomeIds' };

const ANSWERED = (alias: string) =>
  `(EXISTS (SELECT 1 FROM need_project np JOIN project pj ON pj.id = np.project_id WHERE np.need_id = ${alias}.id AND pj.archived_at IS NULL) OR EXISTS (SELECT 1 FROM need_outcome no JOIN outcome oc ON oc.id = no.outcome_id WHERE no.need_id = ${alias}.id AND oc.archived_at IS NULL))`;

const FILTER: FilterFieldMap<NeedFilter> = {
  withinPlace: (value, alias) => placeWithin(`${alias}.place_id`, value),
  priority: { column: 'n.priority', kind: 'enum' },
  raisedBy: { column: 'n.raised_by', kind: 'enum' },
  raisedByOrganisation: { column: 'n.raised_by_organisation_id', kind: 'id' },
  raisedOn: { column: 'n.raised_on', kind: 'date' },
  themes: { column: 'n.themes', kind: 'stringList' },
  answered: (value, alias) => ({ sql: value.eq === false ? `NOT ${ANSWERED(alias)}` : value.eq ? ANSWERED(alias) : 'TRUE' }),
  title: { column: 'n.title', kind: 'string' },
};

/** Priority sorts by its rank (LOW < MEDIUM < HIGH < URGENT), the declaration order of the enum. */
const SORT: Record<NeedSortField, string> = { PRIORITY: 'n.priority', RAISED_ON: 'n.raised_on', CREATED_AT: 'n.created_at' };

/** Needs by priority, then the most recently raised. */
const MOST_URGENT_FIRST = [
  { sql: 'n.priority', direction: SortDirection.DESC },
  { sql: 'n.raised_on', direction: SortDirection.DESC },
];

@Injectable()
export class NeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<NeedEntity> {
    return findRecord(this.dataSource, NeedEntity, 'need', id);
  }

  /** Unarchived needs, most urgent and then most recently raised first unless sorted otherwise. */
  list(args: ConnectionArgsInput, filter?: NeedFilter | null, sort?: SortInputValue<NeedSortField>[] | null): Promise<ConnectionOf<NeedEntity>> {
    const records = liveRecords(this.dataSource, NeedEntity, 'n');
    return pageOfList(records, { filters: FILTER, sorts: SORT, defaultOrder: MOST_URGENT_FIRST }, { args, filter, sort });
  }

  create(input: CreateNeedInput, actor: Actor): Promise<NeedEntity> {
    const { projectIds, outcomeIds, ...fields } = input;
    checkRaisedBy(fields.raisedBy, fields.raisedByOrganisationId ?? null, fields.raisedByOrganisationId !== undefined);
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      return this.writer.create(NeedEntity, { ...fields, raisedOn: fields.raisedOn ?? todayInLondon() } as DeepPartial<NeedEntity>, actor, {
        manager,
        children: async (rows) => ({
          ...(await rows.replaceLinks(PROJECTS, projectIds ?? [])),
          ...(await rows.replaceLinks(OUTCOMES, outcomeIds ?? [])),
        }),
      });
    });
  }

  /**
   * Changes the fields sent; projectIds and outcomeIds, when given, replace the lists.
   * Changing raisedBy away from ORGANISATION clears the raising organisation.
   */
  update(input: UpdateNeedInput, actor: Actor): Promise<NeedEntity> {
    const { id, version, projectIds, outcomeIds, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      const current = await manager.findOneBy(NeedEntity, { id });
      if (!current) throw notFound('need', id);
      const raisedBy = changes.raisedBy ?? current.raisedBy;
      const given = changes.raisedByOrganisationId !== undefined;
      const organisationId = given ? (changes.raisedByOrganisationId ?? null) : current.raisedByOrganisationId;
      checkRaisedBy(raisedBy, organisationId, given);
      if (raisedBy !== NeedSource.ORGANISATION) changes.raisedByOrganisationId = null;
      await this.checkReferences(manager, input);
      return this.writer.update(NeedEntity, id, version, changes as DeepPartial<NeedEntity>, actor, {
        manager,
        children: async (rows) => ({
          ...(projectIds ? await rows.replaceLinks(PROJECTS, projectIds) : {}),
          ...(outcomeIds ? await rows.replaceLinks(OUTCOMES, outcomeIds) : {}),
        }),
      });
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<NeedEntity> {
    return this.writer.archive(NeedEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<NeedEntity> {
    return this.writer.restore(NeedEntity, id, version, actor);
  }

  private async checkReferences(manager: EntityManager, input: CreateNeedInput | UpdateNeedInput): Promise<void> {
    await assertRecordsExist(manager, 'place', [input.placeId], 'placeId');
    await assertRecordsExist(manager, 'organisation', [input.raisedByOrganisationId], 'raisedByOrganisationId');
    await assertRecordsExist(manager, 'organisation', [input.ownerOrganisationId], 'ownerOrganisationId');
    await assertRecordsExist(manager, 'project', input.projectIds ?? [], 'projectIds');
    await assertRecordsExist(manager, 'outcome', input.outcomeIds ?? [], 'outcomeIds');
  }
}

/** An organisation is named exactly when the need was raised by one. */
function checkRaisedBy(raisedBy: NeedSource, organisationId: string | null, organisationGiven: boolean): void {
  if (raisedBy === NeedSource.ORGANISATION && !organisationId) {
    throw badInput('raisedByOrganisationId', 'raisedByOrganisationId is required when raisedBy is ORGANISATION.');
  }
  if (raisedBy !== NeedSource.ORGANISATION && organisationGiven && organisationId) {
    throw badInput('raisedByOrganisationId', 'raisedByOrganisationId is only for needs raised by an organisation (raisedBy ORGANISATION).');
  }
}
