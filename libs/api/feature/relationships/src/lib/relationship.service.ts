import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, findRecord, RecordWriter, RelationshipEntity } from '@cg/api/core/database';
import {
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  liveRecords,
  pageOfList,
  SortDirection,
  SortInputValue,
} from '@cg/api/core/graphql';
import { DataSource, DeepPartial } from 'typeorm';
import { CreateRelationshipInput, UpdateRelationshipInput } from './dto/relationship.input';
import { RelationshipFilter, RelationshipSortField } from './relationship-list.types';
import { badInput } from '@cg/shared/domain';

const FILTER: FilterFieldMap<RelationshipFilter> = {
  organisation: (filter, alias) =>
    idCondition(filter, (ids) => `(${alias}.from_organisation_id = ANY(${ids}) OR ${alias}.to_organisation_id = ANY(${ids}))`),
  fromOrganisation: { column: 'r.from_organisation_id', kind: 'id' },
  toOrganisation: { column: 'r.to_organisation_id', kind: 'id' },
  type: { column: 'r.type', kind: 'enum' },
  strength: { column: 'r.strength', kind: 'int' },
  // Read by list() at the top level; as a condition it asks for nothing.
  includeArchived: () => ({ sql: 'TRUE' }),
};

const SORT = {
  CREATED_AT: 'r.created_at',
  UPDATED_AT: 'r.updated_at',
  TYPE: 'r.type',
  STRENGTH: 'r.strength',
  FROM_DATE: { sql: 'r.from_date', nulls: 'LAST' as const },
};

/** Rules of a relationship that class-validator cannot see alone: no self-ties, dates in order. */
export function checkRelationship(values: {
  fromOrganisationId: string;
  toOrganisationId: string;
  fromDate?: string | null;
  toDate?: string | null;
}) {
  if (values.fromOrganisationId === values.toOrganisationId) {
    throw badInput(
      'toOrganisationId',
      'toOrganisationId must be a different organisation from fromOrganisationId: an organisation cannot have a relationship with itself.',
    );
  }
  if (values.fromDate && values.toDate && values.toDate < values.fromDate) {
    throw badInput('toDate', `toDate (${values.toDate}) must not be before fromDate (${values.fromDate}).`);
  }
}

@Injectable()
export class RelationshipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<RelationshipEntity> {
    return findRecord(this.dataSource, RelationshipEntity, 'relationship', id);
  }

  list(
    args: ConnectionArgsInput,
    filter?: RelationshipFilter | null,
    sort?: SortInputValue<RelationshipSortField>[] | null,
  ): Promise<ConnectionOf<RelationshipEntity>> {
    const records = liveRecords(this.dataSource, RelationshipEntity, 'r', filter?.includeArchived ?? false);
    return pageOfList(
      records,
      { filters: FILTER, sorts: SORT, defaultOrder: [{ sql: 'r.created_at', direction: SortDirection.DESC }] },
      { args, filter, sort },
    );
  }

  create(input: CreateRelationshipInput, actor: Actor): Promise<RelationshipEntity> {
    checkRelationship(input);
    // A typed tie belongs to the organisation it runs from, so only that organisation (and instance
    // admins) may record it: nobody records a tie in someone else's name.
    const relationship = { ...input, ownerOrganisationId: input.fromOrganisationId };
    return this.writer.create(RelationshipEntity, relationship as DeepPartial<RelationshipEntity>, actor);
  }

  async update(input: UpdateRelationshipInput, actor: Actor): Promise<RelationshipEntity> {
    const { id, version, ...changes } = input;
    const current = await this.findById(id);
    checkRelationship({
      fromOrganisationId: current.fromOrganisationId,
      toOrganisationId: current.toOrganisationId,
      fromDate: changes.fromDate === undefined ? current.fromDate : changes.fromDate,
      toDate: changes.toDate === undefined ? current.toDate : changes.toDate,
    });
    return this.writer.update(RelationshipEntity, id, version, changes as DeepPartial<RelationshipEntity>, actor);
  }

  archive(id: string, version: number, actor: Actor): Promise<RelationshipEntity> {
    return this.writer.archive(RelationshipEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<RelationshipEntity> {
    return this.writer.restore(RelationshipEntity, id, version, actor);
  }
}
