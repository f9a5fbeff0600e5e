import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  ChildRows,
  currentMembershipSql,
  FieldChanges,
  LinkTable,
  OrganisationEntity,
  OrganisationIdentifierEntity,
  PlaceEntity,
  RecordWriter,
} from '@cg/api/core/database';
import {
  byIdWithNestedLists,
  ConnectionArgsInput,
  ConnectionOf,
  FilterFieldMap,
  idCondition,
  ListShape,
  liveRecords,
  LoaderRegistry,
  nodeColumns,
  organisationIdsWithinSql,
  pageOfList,
  recordFilterColumns,
  SortDirection,
  SortInputValue,
  SortSpec,
} from '@cg/api/core/graphql';
import { badInput, notFound, parseOrgId, SECTOR_OF_TYPE, TieKind } from '@cg/shared/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { OrganisationFilter, OrganisationSortField } from './organisation-list.types';
import { filterBesideCandidates, placeOrderedIds, themesAsked } from './place-ordered-page';
import { pageInsidePlaces } from './place-page-rounds';

/** Longest member list of `setOrganisationPlacesServed`. */
export const MAX_PLACES_SERVED = 200;

const PLACES_SERVED: LinkTable = {
  table: 'organisation_place',
  ownerColumn: 'organisation_id',
  otherColumn: 'place_id',
  field: 'placesServed',
};

/** Name matches run on the trigram index, then row-level security judges the candidates (see organisation-search.ts). */
const NAME_MATCH = { fn: 'cg_match_organisation_name', id: 'o.id' };

const FILTER: FilterFieldMap<OrganisationFilter> = {
  ...recordFilterColumns('o'),
  name: { column: 'o.name', kind: 'string', matchedBy: NAME_MATCH },
  type: { column: 'o.type', kind: 'enum' },
  sector: { column: 'o.sector', kind: 'enum' },
  themes: { column: 'o.themes', kind: 'stringList', matchedBy: { fn: 'cg_match_organisation_themes', id: 'o.id' } },
  updatedAt: { column: 'o.updated_at', kind: 'date' },
  // Candidate ids from the place tree's index, judged by the place and organisation policies.
  withinPlace: (places, alias) => idCondition(places, (ids) => `${alias}.id = ANY(${organisationIdsWithinSql(ids)})`),
  memberOfPartnership: (partnerships, alias) =>
    idCondition(
      partnerships,
      (ids) => `EXISTS (SELECT 1 FROM partnership_membership m JOIN partnership pa ON pa.id = m.partnership_id
      WHERE m.organisation_id = ${alias}.id AND m.partnership_id = ANY(${ids})
        AND ${currentMembershipSql('m')} AND pa.archived_at IS NULL)`,
    ),
  // The tie view already resolves funding of partnerships and projects to their current members.
  fundedBy: (funders, alias) =>
    idCondition(
      funders,
      (
        ids,
      ) => `EXISTS (SELECT 1 FROM organisation_tie t WHERE t.organisation_id = ${alias}.id AND t.kind = '${TieKind.FUNDING}'
      AND t.outgoing = false AND t.other_organisation_id = ANY(${ids}))`,
    ),
  // Read by list() at the top level; as a condition it asks for nothing.
  includeArchived: () => ({ sql: 'TRUE' }),
};

// By name is by `name_key` (stored lower(name)): a cursor on it is an index condition under row-level
// security, where one on lower(name) was judged row by row from the first name (migration LeakproofNameOrder).
const SORT = {
  NAME: 'o.name_key',
  TYPE: 'o.type',
  SECTOR: 'o.sector',
  CREATED_AT: 'o.created_at',
  UPDATED_AT: 'o.updated_at',
};
const BY_NAME: SortSpec[] = [{ sql: 'o.name_key', direction: SortDirection.ASC }];

/** Identifiers as the audit log shows them: by identifier, the primary one marked. */
function identifierList(rows: Pick<OrganisationIdentifierEntity, 'identifier' | 'isPrimary'>[]): string[] {
  return rows.map((row) => (row.isPrimary ? `${row.identifier} (primary)` : row.identifier)).sort();
}

const LIST: ListShape<OrganisationFilter, OrganisationSortField> = {
  filters: FILTER,
  sorts: SORT,
  defaultOrder: BY_NAME,
  search: { column: 'o.name', matchedBy: NAME_MATCH, param: 'organisationSearch' },
};

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  /**
   * With the resolver's info and loaders, the nested lists the query selects that their features
   * registered (its memberships) come in the same statement (`byIdWithNestedLists`).
   */
  async findById(id: string, info?: GraphQLResolveInfo, loaders?: LoaderRegistry): Promise<OrganisationEntity> {
    const organisation = await byIdWithNestedLists(this.dataSource, OrganisationEntity, id, info, loaders);
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
    /** The resolver's info: only the columns the selected fields need are read, when that is known. */
    info?: GraphQLResolveInfo,
  ): Promise<ConnectionOf<OrganisationEntity>> {
    const records = () => liveRecords(this.dataSource, OrganisationEntity, 'o', filter?.includeArchived ?? false);
    const columns = info && nodeColumns(info, this.dataSource.getMetadata(OrganisationEntity));
    const places = placeOrderedIds(filter, sort, search);
    if (places && filter) {
      const beside = filterBesideCandidates(filter);
      return pageInsidePlaces(records, places, themesAsked(filter), LIST, { args, filter: beside, columns });
    }
    return pageOfList(records(), LIST, { args, filter, sort, search, columns });
  }

  /**
   * Adds an org-id identifier; refused with CONFLICT when another organisation holds it.
   * `version` is checked when sent: adding one identifier overwrites nobody's edit.
   */
  addIdentifier(
    organisationId: string,
    raw: string,
    primary: boolean,
    version: number | null,
    actor: Actor,
  ): Promise<OrganisationEntity> {
    const parsed = parseOrgId(raw);
    if ('error' in parsed) throw badInput('identifier', parsed.error);
    return this.changeIdentifiers(organisationId, version, actor, async (rows, before) => {
      const makePrimary = primary || before.length === 0;
      if (makePrimary) await rows.update(OrganisationIdentifierEntity, { organisationId }, { isPrimary: false });
      await rows.insert(OrganisationIdentifierEntity, {
        organisationId,
        scheme: parsed.scheme,
        identifier: parsed.identifier,
        isPrimary: makePrimary,
      });
    });
  }

  /** Removes an identifier; when it was primary, the oldest remaining one becomes primary. */
  removeIdentifier(
    organisationId: string,
    identifier: string,
    version: number | null,
    actor: Actor,
  ): Promise<OrganisationEntity> {
    return this.changeIdentifiers(organisationId, version, actor, async (rows, before, organisation) => {
      const row = before.find((candidate) => candidate.identifier === identifier.trim());
      if (!row) throw badInput('identifier', `${identifier} is not an identifier of ${organisation.name}.`);
      await rows.delete(OrganisationIdentifierEntity, { id: row.id });
      const next = before.find((candidate) => candidate.id !== row.id);
      if (row.isPrimary && next) await rows.update(OrganisationIdentifierEntity, { id: next.id }, { isPrimary: true });
    });
  }

  /** Changes identifiers as a write of the organisation: its rights, version and audit row. */
  private changeIdentifiers(
    organisationId: string,
    version: number | null,
    actor: Actor,
    change: (
      rows: ChildRows,
      before: OrganisationIdentifierEntity[],
      organisation: OrganisationEntity,
    ) => Promise<void>,
  ): Promise<OrganisationEntity> {
    return this.writer.transaction((manager) =>
      this.writer.update(OrganisationEntity, organisationId, version, {}, actor, {
        manager,
        children: async (rows, organisation) => {
          const before = await this.identifiers(manager, organisationId);
          await change(rows, before, organisation);
          return {
            identifiers: {
              before: identifierList(before),
              after: identifierList(await this.identifiers(manager, organisationId)),
            },
          };
        },
      }),
    );
  }

  /** Replaces the places an organisation serves with exactly these; `version` is the one read. */
  setPlacesServed(
    organisationId: string,
    placeIds: string[],
    version: number,
    actor: Actor,
  ): Promise<OrganisationEntity> {
    const wanted = [...new Set(placeIds)];
    return this.writer.transaction((manager) =>
      this.writer.update(OrganisationEntity, organisationId, version, {}, actor, {
        manager,
        // Judged after the rights check, so nobody learns which places exist from a refused write.
        children: async (rows) => {
          const found = await manager.findBy(PlaceEntity, { id: In(wanted) });
          const missing = wanted.find((id) => !found.some((place) => place.id === id));
          if (missing) throw badInput(`placeIds.${placeIds.indexOf(missing)}`, `No place has the id ${missing}.`);
          return rows.replaceLinks(PLACES_SERVED, wanted);
        },
      }),
    );
  }

  /** Oldest first, so the next primary after a removal is the oldest remaining. */
  private identifiers(manager: EntityManager, organisationId: string): Promise<OrganisationIdentifierEntity[]> {
    return manager.find(OrganisationIdentifierEntity, {
      where: { organisationId },
      order: { createdAt: 'ASC', identifier: 'ASC' },
    });
  }

  /** Creates the organisation and its identifiers together: both or neither, in one audit row. */
  create(input: CreateOrganisationInput, actor: Actor): Promise<OrganisationEntity> {
    const { identifiers = [], ...fields } = input;
    const parsed = identifiers.map((raw, index) => {
      const result = parseOrgId(raw);
      if ('error' in result) throw badInput(`identifiers.${index}`, result.error);
      return result;
    });
    return this.writer.create(
      OrganisationEntity,
      { ...fields, sector: SECTOR_OF_TYPE[fields.type] } as DeepPartial<OrganisationEntity>,
      actor,
      {
        children: async (rows, organisation): Promise<FieldChanges> => {
          if (parsed.length === 0) return {};
          const added = parsed.map((id, index) => ({
            organisationId: organisation.id,
            scheme: id.scheme,
            identifier: id.identifier,
            isPrimary: index === 0,
          }));
          await rows.insert(OrganisationIdentifierEntity, added);
          return { identifiers: { before: [], after: identifierList(added) } };
        },
      },
    );
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
