import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditLogEntity,
  OrganisationEntity,
  OrganisationIdentifierEntity,
  OrganisationPlaceEntity,
  PlaceEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  applyFilter,
  badInput,
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  notFound,
  paginate,
  SortDirection,
  SortInputValue,
  SortSpec,
  toSortSpecs,
} from '@cg/api/core/graphql';
import { idsOf, placeWithin } from '@cg/api/feature/places';
import { AuditAction, parseOrgId, SECTOR_OF_TYPE, TieKind } from '@cg/shared/domain';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { OrganisationFilter, OrganisationSortField } from './organisation-list.types';
import { normaliseSearch, searchCondition, searchParam } from './organisation-search';

/** Longest member list of `setOrganisationPlacesServed`. */
export const MAX_PLACES_SERVED = 200;

const FILTER: FilterFieldMap<OrganisationFilter> = {
  id: { column: 'o.id', kind: 'id' },
  name: { column: 'o.name', kind: 'string' },
  type: { column: 'o.type', kind: 'enum' },
  sector: { column: 'o.sector', kind: 'enum' },
  themes: { column: 'o.themes', kind: 'stringList' },
  createdAt: { column: 'o.created_at', kind: 'date' },
  updatedAt: { column: 'o.updated_at', kind: 'date' },
  withinPlace: (places, alias) => {
    const home = placeWithin(`${alias}.home_place_id`, places);
    const served = placeWithin('op.place_id', places);
    return {
      sql: `(${home.sql}) OR EXISTS (SELECT 1 FROM organisation_place op WHERE op.organisation_id = ${alias}.id AND ${served.sql})`,
      params: home.params,
    };
  },
  memberOfPartnership: (partnerships, alias) => ({
    sql: `EXISTS (SELECT 1 FROM partnership_membership m JOIN partnership pa ON pa.id = m.partnership_id
      WHERE m.organisation_id = ${alias}.id AND m.partnership_id = ANY(:ids)
        AND m.archived_at IS NULL AND pa.archived_at IS NULL
        AND (m.from_date IS NULL OR m.from_date <= current_date) AND (m.to_date IS NULL OR m.to_date >= current_date))`,
    params: { ids: idsOf(partnerships) },
  }),
  // The tie view already resolves funding of partnerships and projects to their current members.
  fundedBy: (funders, alias) => ({
    sql: `EXISTS (SELECT 1 FROM organisation_tie t WHERE t.organisation_id = ${alias}.id AND t.kind = '${TieKind.FUNDING}'
      AND t.outgoing = false AND t.other_organisation_id = ANY(:ids))`,
    params: { ids: idsOf(funders) },
  }),
  // Read by list() at the top level; as a condition it asks for nothing.
  includeArchived: () => ({ sql: 'TRUE' }),
};

const SORT = {
  NAME: 'lower(o.name)',
  TYPE: 'o.type',
  SECTOR: 'o.sector',
  CREATED_AT: 'o.created_at',
  UPDATED_AT: 'o.updated_at',
};
const BY_NAME: SortSpec[] = [{ sql: 'lower(o.name)', direction: SortDirection.ASC }];

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async findById(id: string): Promise<OrganisationEntity> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation) throw notFound('organisation', id);
    return organisation;
  }

  /**
   * Organisations, filtered, sorted and paged (keyset). With `search`, only names that match
   * it fuzzily (trigram word similarity, or containing it) are listed, best match first.
   */
  list(
    args: ConnectionArgsInput,
    filter?: OrganisationFilter | null,
    sort?: SortInputValue<OrganisationSortField>[] | null,
    search?: string | null,
  ): Promise<ConnectionOf<OrganisationEntity>> {
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (!filter?.includeArchived) qb.where('o.archived_at IS NULL');
    applyFilter(qb, filter, FILTER);
    let order = toSortSpecs(sort, SORT, BY_NAME);
    const term = normaliseSearch(search);
    if (term !== undefined) {
      const { where, params, relevance } = searchCondition('o.name', term, searchParam('organisationSearch', term));
      qb.andWhere(where, params);
      order = [relevance, ...order];
    }
    return paginate(qb, { args, sort: order, idColumn: 'o.id' });
  }

  /** Adds an org-id identifier; refused with CONFLICT when another organisation holds it. */
  async addIdentifier(
    organisationId: string,
    raw: string,
    primary: boolean,
    actor: Actor,
  ): Promise<OrganisationEntity> {
    const parsed = parseOrgId(raw);
    if ('error' in parsed) throw badInput('identifier', parsed.error);
    const organisation = await this.findById(organisationId);
    return this.writer.transaction(async (manager) => {
      const before = await this.identifierList(manager, organisationId);
      if (primary || before.length === 0) {
        await manager.update(OrganisationIdentifierEntity, { organisationId }, { isPrimary: false });
      }
      await manager.insert(OrganisationIdentifierEntity, {
        organisationId,
        scheme: parsed.scheme,
        identifier: parsed.identifier,
        isPrimary: primary || before.length === 0,
      });
      await this.auditChange(
        manager,
        organisationId,
        'identifiers',
        before,
        await this.identifierList(manager, organisationId),
        actor,
      );
      return organisation;
    });
  }

  /** Removes an identifier; when it was primary, the oldest remaining one becomes primary. */
  async removeIdentifier(organisationId: string, identifier: string, actor: Actor): Promise<OrganisationEntity> {
    const organisation = await this.findById(organisationId);
    return this.writer.transaction(async (manager) => {
      const row = await manager
        .getRepository(OrganisationIdentifierEntity)
        .createQueryBuilder('i')
        .where('i.organisation_id = :organisationId AND i.identifier = :identifier', {
          organisationId,
          identifier: identifier.trim(),
        })
        .getOne();
      if (!row) throw badInput('identifier', `${identifier} is not an identifier of ${organisation.name}.`);
      const before = await this.identifierList(manager, organisationId);
      await manager.delete(OrganisationIdentifierEntity, { id: row.id });
      if (row.isPrimary) {
        const next = await manager.findOne(OrganisationIdentifierEntity, {
          where: { organisationId },
          order: { createdAt: 'ASC', identifier: 'ASC' },
        });
        if (next) await manager.update(OrganisationIdentifierEntity, { id: next.id }, { isPrimary: true });
      }
      await this.auditChange(
        manager,
        organisationId,
        'identifiers',
        before,
        await this.identifierList(manager, organisationId),
        actor,
      );
      return organisation;
    });
  }

  /** Replaces the places an organisation serves with exactly these. */
  async setPlacesServed(organisationId: string, placeIds: string[], actor: Actor): Promise<OrganisationEntity> {
    const organisation = await this.findById(organisationId);
    const wanted = [...new Set(placeIds)];
    const found = await this.dataSource.getRepository(PlaceEntity).findBy({ id: In(wanted) });
    const missing = wanted.findIndex((id) => !found.some((place) => place.id === id));
    if (missing >= 0)
      throw badInput(`placeIds.${placeIds.indexOf(wanted[missing])}`, `No place has the id ${wanted[missing]}.`);
    return this.writer.transaction(async (manager) => {
      const current = await manager.findBy(OrganisationPlaceEntity, { organisationId });
      const before = current.map((row) => row.placeId).sort();
      const after = [...wanted].sort();
      if (before.join() === after.join()) return organisation;
      await manager.delete(OrganisationPlaceEntity, { organisationId });
      if (wanted.length)
        await manager.insert(
          OrganisationPlaceEntity,
          wanted.map((placeId) => ({ organisationId, placeId })),
        );
      await this.auditChange(manager, organisationId, 'placesServed', before, after, actor);
      return organisation;
    });
  }

  private async identifierList(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = await manager.find(OrganisationIdentifierEntity, {
      where: { organisationId },
      order: { identifier: 'ASC' },
    });
    return rows.map((row) => (row.isPrimary ? `${row.identifier} (primary)` : row.identifier));
  }

  private async auditChange(
    manager: EntityManager,
    organisationId: string,
    field: string,
    before: unknown,
    after: unknown,
    actor: Actor,
  ) {
    await manager.save(AuditLogEntity, {
      actorId: actor.userId,
      recordType: 'organisation',
      recordId: organisationId,
      action: AuditAction.UPDATE,
      changes: { [field]: { before, after } },
    });
  }

  /** Creates the organisation and its identifiers together: both or neither. */
  create(input: CreateOrganisationInput, actor: Actor): Promise<OrganisationEntity> {
    const { identifiers = [], ...fields } = input;
    const parsed = identifiers.map((raw, index) => {
      const result = parseOrgId(raw);
      if ('error' in result) throw badInput(`identifiers.${index}`, result.error);
      return result;
    });
    return this.writer.transaction(async (manager) => {
      const organisation = await this.writer.create(
        OrganisationEntity,
        { ...fields, sector: SECTOR_OF_TYPE[fields.type] } as DeepPartial<OrganisationEntity>,
        actor,
        manager,
      );
      if (parsed.length > 0) {
        await manager.insert(
          OrganisationIdentifierEntity,
          parsed.map((id, index) => ({
            organisationId: organisation.id,
            scheme: id.scheme,
            identifier: id.identifier,
            isPrimary: index === 0,
          })),
        );
      }
      return organisation;
    });
  }

  update(input: UpdateOrganisationInput, actor: Actor): Promise<OrganisationEntity> {
    const { id, version, ...changes } = input;
    const derived = changes.type ? { sector: SECTOR_OF_TYPE[changes.type] } : {};
    return this.writer.update(
      OrganisationEntity,
      id,
      version,
      { ...changes, ...derived } as DeepPartial<OrganisationEntity>,
      actor,
    );
  }

  archive(id: string, version: number, actor: Actor): Promise<OrganisationEntity> {
    return this.writer.archive(OrganisationEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<OrganisationEntity> {
    return this.writer.restore(OrganisationEntity, id, version, actor);
  }
}
