import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  checkDateOrder,
  checkSpanAfterUpdate,
  checkIdsExist,
  LinkTable,
  PartnershipEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  applyFilter,
  byIdWithNestedLists,
  ConnectionArgs,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  linkedPlaceWithin,
  LoaderRegistry,
  missionsCondition,
  nestedListKeys,
  nodeColumns,
  pageNestedLists,
  paginate,
  recordFilterColumns,
  SortDirection,
  SortInputValue,
  toSortSpecs,
} from '@cg/api/core/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource, DeepPartial } from 'typeorm';
import { CreatePartnershipInput } from './dto/create-partnership.input';
import { UpdatePartnershipInput } from './dto/update-partnership.input';
import { CURRENT_MEMBER_COUNT_SQL } from './partnership.loaders';
import { PartnershipFilter, PartnershipSortField } from './partnership-list.types';
import { notFound } from '@cg/shared/domain';

const PLACES: LinkTable = {
  table: 'partnership_place',
  ownerColumn: 'partnership_id',
  otherColumn: 'place_id',
  field: 'placeIds',
};

const FILTER: FilterFieldMap<PartnershipFilter> = {
  ...recordFilterColumns('p'),
  name: { column: 'p.name', kind: 'string', matchedBy: { fn: 'cg_match_partnership_name', id: 'p.id' } },
  status: { column: 'p.status', kind: 'enum' },
  governanceModel: { column: 'p.governance_model', kind: 'enum' },
  themes: { column: 'p.themes', kind: 'stringList', matchedBy: { fn: 'cg_match_partnership_themes', id: 'p.id' } },
  missions: missionsCondition('p.missions'),
  withinPlace: (place, alias) => linkedPlaceWithin('partnership_place', 'partnership_id', alias, place),
  memberOrganisation: (organisation, alias) =>
    idCondition(
      organisation,
      (ids) =>
        `EXISTS (SELECT 1 FROM partnership_membership mo WHERE mo.partnership_id = ${alias}.id AND mo.archived_at IS NULL AND mo.organisation_id = ANY(${ids}::uuid[]))`,
    ),
  fundedBy: (funder, alias) =>
    idCondition(
      funder,
      (
        ids,
      ) => `EXISTS (SELECT 1 FROM funding fb WHERE fb.archived_at IS NULL AND fb.funder_organisation_id = ANY(${ids}::uuid[])
        AND (fb.recipient_partnership_id = ${alias}.id
             OR fb.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = ${alias}.id AND pr.archived_at IS NULL)))`,
    ),
  startDate: { column: 'p.start_date', kind: 'date' },
};

// By name is by `name_key` (stored lower(name)): a cursor on it is an index condition under row-level
// security, where one on lower(name) was judged row by row from the first name (migration LeakproofNameOrder).
const SORT = {
  NAME: 'p.name_key',
  STATUS: 'p.status',
  START_DATE: { sql: 'p.start_date', nulls: 'LAST' as const },
  CREATED_AT: 'p.created_at',
  MEMBER_COUNT: CURRENT_MEMBER_COUNT_SQL('p'),
};

@Injectable()
export class PartnershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  /** With the resolver's info and loaders, its members come in the same statement when asked for. */
  async findById(id: string, info?: GraphQLResolveInfo, loaders?: LoaderRegistry): Promise<PartnershipEntity> {
    const partnership = await byIdWithNestedLists(this.dataSource, PartnershipEntity, id, info, loaders);
    if (!partnership) throw notFound('partnership', id);
    return partnership;
  }

  /** Partnerships that are not archived, filtered, sorted and paged by keyset. */
  list(
    args: ConnectionArgs,
    filter?: PartnershipFilter | null,
    sort?: SortInputValue<PartnershipSortField>[] | null,
    /** With the resolver's info and loaders, the nodes' members come in the page's statement when asked for. */
    info?: GraphQLResolveInfo,
    loaders?: LoaderRegistry,
  ): Promise<ConnectionOf<PartnershipEntity>> {
    const qb = this.dataSource.getRepository(PartnershipEntity).createQueryBuilder('p').where('p.archived_at IS NULL');
    applyFilter(qb, filter, FILTER);
    return paginate(qb, {
      args,
      sort: toSortSpecs(sort, SORT, [{ sql: 'p.name_key', direction: SortDirection.ASC }]),
      idColumn: 'p.id',
      // Only the columns the nodes select (`members` needs the id): a page of 20 read all 17.
      columns:
        info && loaders
          ? nodeColumns(info, this.dataSource.getMetadata(PartnershipEntity), nestedListKeys('Partnership'))
          : undefined,
      nested: info && loaders ? pageNestedLists(this.dataSource, 'p', info, loaders) : undefined,
    });
  }

  /** Creates the partnership and its places together: both or neither. */
  create(input: CreatePartnershipInput, actor: Actor): Promise<PartnershipEntity> {
    const { placeIds = [], ...fields } = input;
    checkDateOrder(fields.startDate, fields.endDate, 'endDate', 'startDate');
    return this.writer.transaction(async (manager) => {
      await checkIdsExist(manager, 'place', placeIds, 'placeIds', 'place');
      return this.writer.create(PartnershipEntity, fields as DeepPartial<PartnershipEntity>, actor, {
        manager,
        children: (rows) => rows.replaceLinks(PLACES, placeIds),
      });
    });
  }

  /** Changes the fields sent; `placeIds`, when sent, replaces the set of places in the same write. */
  update(input: UpdatePartnershipInput, actor: Actor): Promise<PartnershipEntity> {
    const { id, version, placeIds, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      if (placeIds) await checkIdsExist(manager, 'place', placeIds, 'placeIds', 'place');
      const saved = await this.writer.update(
        PartnershipEntity,
        id,
        version,
        changes as DeepPartial<PartnershipEntity>,
        actor,
        {
          manager,
          children: async (rows) => (placeIds ? rows.replaceLinks(PLACES, placeIds) : {}),
        },
      );
      checkSpanAfterUpdate(saved, changes, 'startDate', 'endDate');
      return saved;
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<PartnershipEntity> {
    return this.writer.archive(PartnershipEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<PartnershipEntity> {
    return this.writer.restore(PartnershipEntity, id, version, actor);
  }
}
