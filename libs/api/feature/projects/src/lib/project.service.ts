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
  LinkTable,
  ProjectEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  ConnectionArgs,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  linkedPlaceWithin,
  liveRecords,
  missionsCondition,
  pageOfList,
  recordFilterColumns,
  SortDirection,
  SortInputValue,
} from '@cg/api/core/graphql';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { CreateProjectInput } from './dto/create-project.input';
import { UpdateProjectInput } from './dto/update-project.input';
import { ProjectFilter, ProjectSortField } from './project-list.types';


const PLACES: LinkTable = {
  table: 'project_place',
  ownerColumn: 'project_id',
  otherColumn: 'place_id',
  field: 'placeIds',
};
const OUTCOMES: LinkTable = {
  table: 'project_outcome',
  ownerColumn: 'project_id',
  otherColumn: 'outcome_id',
  field: 'targetedOutcomeIds',
};

const FILTER: FilterFieldMap<ProjectFilter> = {
  ...recordFilterColumns('p'),
  name: { column: 'p.name', kind: 'string', matchedBy: { fn: 'cg_match_project_name', id: 'p.id' } },
  status: { column: 'p.status', kind: 'enum' },
  partnership: { column: 'p.partnership_id', kind: 'id' },
  participantOrganisation: (organisation, alias) =>
    idCondition(
      organisation,
      (ids) =>
        `EXISTS (SELECT 1 FROM project_participant po WHERE po.project_id = ${alias}.id AND po.archived_at IS NULL AND po.organisation_id = ANY(${ids}::uuid[]))`,
    ),
  themes: { column: 'p.themes', kind: 'stringList', matchedBy: { fn: 'cg_match_project_themes', id: 'p.id' } },
  missions: missionsCondition('p.missions'),
  withinPlace: (place, alias) => linkedPlaceWithin('project_place', 'project_id', alias, place),
  startDate: { column: 'p.start_date', kind: 'date' },
  endDate: { column: 'p.end_date', kind: 'date' },
};

const SORT = {
  NAME: 'lower(p.name)',
  STATUS: 'p.status',
  START_DATE: { sql: 'p.start_date', nulls: 'LAST' as const },
  END_DATE: { sql: 'p.end_date', nulls: 'LAST' as const },
  CREATED_AT: 'p.created_at',
};

@Injectable()
export class ProjectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<ProjectEntity> {
    return findRecord(this.dataSource, ProjectEntity, 'project', id);
  }

  list(
    args: ConnectionArgs,
    filter?: ProjectFilter | null,
    sort?: SortInputValue<ProjectSortField>[] | null,
  ): Promise<ConnectionOf<ProjectEntity>> {
    const records = liveRecords(this.dataSource, ProjectEntity, 'p');
    return pageOfList(
      records,
      { filters: FILTER, sorts: SORT, defaultOrder: [{ sql: 'lower(p.name)', direction: SortDirection.ASC }] },
      { args, filter, sort },
    );
  }

  /** Creates the project with its places and targeted outcomes: all or nothing. */
  create(input: CreateProjectInput, actor: Actor): Promise<ProjectEntity> {
    const { placeIds = [], targetedOutcomeIds = [], ...fields } = input;
    checkDateOrder(fields.startDate, fields.endDate, 'endDate', 'startDate');
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, fields.partnershipId, placeIds, targetedOutcomeIds);
      return this.writer.create(ProjectEntity, fields as DeepPartial<ProjectEntity>, actor, {
        manager,
        children: (rows) => replaceSets(rows, placeIds, targetedOutcomeIds),
      });
    });
  }

  /** Changes the fields sent; `placeIds` and `targetedOutcomeIds`, when sent, replace their sets in the same write. */
  update(input: UpdateProjectInput, actor: Actor): Promise<ProjectEntity> {
    const { id, version, placeIds, targetedOutcomeIds, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      await this.checkReferences(manager, changes.partnershipId, placeIds ?? [], targetedOutcomeIds ?? []);
      const saved = await this.writer.update(ProjectEntity, id, version, changes as DeepPartial<ProjectEntity>, actor, {
        manager,
        children: (rows) => replaceSets(rows, placeIds, targetedOutcomeIds),
      });
      checkSpanAfterUpdate(saved, changes, 'startDate', 'endDate');
      return saved;
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<ProjectEntity> {
    return this.writer.archive(ProjectEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<ProjectEntity> {
    return this.writer.restore(ProjectEntity, id, version, actor);
  }

  private async checkReferences(
    manager: EntityManager,
    partnershipId: string | null | undefined,
    placeIds: string[],
    outcomeIds: string[],
  ): Promise<void> {
    if (partnershipId) await checkIdsExist(manager, 'partnership', [partnershipId], 'partnershipId', 'partnership');
    await checkIdsExist(manager, 'place', placeIds, 'placeIds', 'place');
    await checkIdsExist(manager, 'outcome', outcomeIds, 'targetedOutcomeIds', 'outcome');
  }
}

/** The project's places and targeted outcomes, each replaced when given. */
async function replaceSets(rows: ChildRows, placeIds?: string[], outcomeIds?: string[]): Promise<FieldChanges> {
  return {
    ...(placeIds ? await rows.replaceLinks(PLACES, placeIds) : {}),
    ...(outcomeIds ? await rows.replaceLinks(OUTCOMES, outcomeIds) : {}),
  };
}
