import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityEntity, Actor, assertRecordsExist, findRecord, LinkTable, RecordWriter } from '@cg/api/core/database';
import {
  applyFilter,
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  paginate,
  placeWithin,
  SortDirection,
  SortInputValue,
  toSortSpecs,
} from '@cg/api/core/graphql';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { ActivityFilter, ActivitySortField } from './activity-list.types';
import { CreateActivityInput } from './dto/create-activity.input';
import { UpdateActivityInput } from './dto/update-activity.input';
import { badInput, todayInLondon } from '@cg/shared/domain';

const ORGANISATIONS: LinkTable = { table: 'activity_organisation', ownerColumn: 'activity_id', otherColumn: 'organisation_id', field: 'organisationIds' };
const PEOPLE: LinkTable = { table: 'activity_person', ownerColumn: 'activity_id', otherColumn: 'person_id', field: 'personIds' };


const FILTER: FilterFieldMap<ActivityFilter> = {
  project: { column: 'a.project_id', kind: 'id' },
  partnership: { column: 'a.partnership_id', kind: 'id' },
  kind: { column: 'a.kind', kind: 'enum' },
  date: { column: 'a.date', kind: 'date' },
  organisationInvolved: (value, alias) =>
    idCondition(value, (ids) => `EXISTS (SELECT 1 FROM activity_organisation ao WHERE ao.activity_id = ${alias}.id AND ao.organisation_id = ANY(${ids}))`),
  personInvolved: (value, alias) =>
    idCondition(value, (ids) => `EXISTS (SELECT 1 FROM activity_person ap WHERE ap.activity_id = ${alias}.id AND ap.person_id = ANY(${ids}))`),
  withinPlace: (value, alias) => placeWithin(`${alias}.place_id`, value),
  title: { column: 'a.title', kind: 'string' },
  notes: { column: 'a.notes', kind: 'string' },
};

const SORT: Record<ActivitySortField, string> = {
  DATE: 'a.date',
  CREATED_AT: 'a.created_at',
  KIND: 'a.kind',
};

/** Newest first, and among one day's entries the latest logged first. */
const DEFAULT_ORDER = [
  { sql: 'a.date', direction: SortDirection.DESC },
  { sql: 'a.created_at', direction: SortDirection.DESC },
];

@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<ActivityEntity> {
    return findRecord(this.dataSource, ActivityEntity, 'activity', id);
  }

  /** Unarchived activities, newest first unless sorted otherwise. `scope` narrows to one project or partnership. */
  list(
    args: ConnectionArgsInput,
    filter?: ActivityFilter | null,
    sort?: SortInputValue<ActivitySortField>[] | null,
    scope?: { projectId?: string; partnershipId?: string },
  ): Promise<ConnectionOf<ActivityEntity>> {
    const qb = this.dataSource.getRepository(ActivityEntity).createQueryBuilder('a').where('a.archived_at IS NULL');
    if (scope?.projectId) qb.andWhere('a.project_id = :scopeProject', { scopeProject: scope.projectId });
    if (scope?.partnershipId) qb.andWhere('a.partnership_id = :scopePartnership', { scopePartnership: scope.partnershipId });
    applyFilter(qb, filter, FILTER);
    return paginate(qb, { args, sort: toSortSpecs(sort, SORT, DEFAULT_ORDER), idColumn: 'a.id' });
  }

  /**
   * Logs an activity with its organisations and people in one transaction. It must belong
   * to a project or a partnership (or both): the log is always some group's log.
   */
  create(input: CreateActivityInput, actor: Actor): Promise<ActivityEntity> {
    const { organisationIds, personIds, ...fields } = input;
    if (!fields.projectId && !fields.partnershipId) {
      throw badInput('projectId', "Give projectId or partnershipId: an activity belongs to a project's or a partnership's log.");
    }
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      return this.writer.create(ActivityEntity, { ...fields, date: fields.date ?? todayInLondon() } as DeepPartial<ActivityEntity>, actor, {
        manager,
        children: async (rows) => ({
          ...(await rows.replaceLinks(ORGANISATIONS, organisationIds ?? [])),
          ...(await rows.replaceLinks(PEOPLE, personIds ?? [])),
        }),
      });
    });
  }

  /** Changes the fields sent; organisationIds and personIds, when given, replace the lists. */
  update(input: UpdateActivityInput, actor: Actor): Promise<ActivityEntity> {
    const { id, version, organisationIds, personIds, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const saved = await this.writer.update(ActivityEntity, id, version, changes as DeepPartial<ActivityEntity>, actor, {
        manager,
        children: async (rows) => ({
          ...(organisationIds ? await rows.replaceLinks(ORGANISATIONS, organisationIds) : {}),
          ...(personIds ? await rows.replaceLinks(PEOPLE, personIds) : {}),
        }),
      });
      if (!saved.projectId && !saved.partnershipId) {
        throw badInput('projectId', "An activity must keep a projectId or a partnershipId: it belongs to a project's or a partnership's log.");
      }
      return saved;
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<ActivityEntity> {
    return this.writer.archive(ActivityEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<ActivityEntity> {
    return this.writer.restore(ActivityEntity, id, version, actor);
  }

  private async checkReferences(manager: EntityManager, input: CreateActivityInput | UpdateActivityInput): Promise<void> {
    await assertRecordsExist(manager, 'place', [input.placeId], 'placeId');
    await assertRecordsExist(manager, 'project', [input.projectId], 'projectId');
    await assertRecordsExist(manager, 'partnership', [input.partnershipId], 'partnershipId');
    await assertRecordsExist(manager, 'organisation', [input.ownerOrganisationId], 'ownerOrganisationId');
    await assertRecordsExist(manager, 'organisation', input.organisationIds ?? [], 'organisationIds');
    await assertRecordsExist(manager, 'person', input.personIds ?? [], 'personIds');
  }
}
