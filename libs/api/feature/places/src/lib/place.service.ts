import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, findRecord, PlaceEntity, RecordWriter } from '@cg/api/core/database';
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
import { badInput, DomainError, pathLabel, PlaceLevel } from '@cg/shared/domain';
import { DataSource, DeepPartial, IsNull } from 'typeorm';
import { CreatePlaceInput } from './dto/create-place.input';
import { UpdatePlaceInput } from './dto/update-place.input';
import { PlaceFilter, PlaceSortField } from './place-list.types';

const FILTER: FilterFieldMap<PlaceFilter> = {
  level: { column: 'p.level', kind: 'enum' },
  name: { column: 'p.name', kind: 'string' },
  code: { column: 'p.code', kind: 'string' },
  imdDecile: { column: 'p.imd_decile', kind: 'int' },
  withinPlace: (filter) => placeWithin('p.id', filter),
};

const SORT = {
  NAME: 'lower(p.name)',
  CODE: 'p.code',
  // The enum's declared order: country, region, …, LSOA, custom.
  LEVEL: 'p.level',
  IMD_RANK: { sql: 'p.imd_rank', nulls: 'LAST' as const },
};

@Injectable()
export class PlaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  findById(id: string): Promise<PlaceEntity> {
    return findRecord(this.dataSource, PlaceEntity, 'place', id);
  }

  /**
   * The place with this code, or the one a former code now leads to (Barnsley's E08000016 →
   * E08000038, through `place_alias`). A live place with the code comes first; an archived one
   * only when no alias leads on from it.
   */
  async findByCode(code: string): Promise<PlaceEntity> {
    const repository = this.dataSource.getRepository(PlaceEntity);
    const own = await repository.findOneBy({ code, archivedAt: IsNull() });
    if (own) return own;
    const [alias] = await this.dataSource.query<{ place_id: string }[]>(
      'SELECT place_id FROM place_alias WHERE code = $1',
      [code],
    );
    const place =
      (alias && (await repository.findOneBy({ id: alias.place_id }))) || (await repository.findOneBy({ code }));
    if (!place) throw new DomainError('NOT_FOUND', `No place has the code ${code}.`, { code });
    return place;
  }

  /** From the country down to the place itself, in one indexed query on the ltree path. */
  ancestors(place: PlaceEntity): Promise<PlaceEntity[]> {
    return this.dataSource
      .getRepository(PlaceEntity)
      .createQueryBuilder('p')
      .where('p.path @> :path::ltree', { path: place.path })
      .orderBy('nlevel(p.path)')
      .getMany();
  }

  /** Places that are not archived, filtered, sorted and paged (keyset). */
  list(
    args: ConnectionArgsInput,
    filter?: PlaceFilter | null,
    sort?: SortInputValue<PlaceSortField>[] | null,
  ): Promise<ConnectionOf<PlaceEntity>> {
    const records = liveRecords(this.dataSource, PlaceEntity, 'p');
    return pageOfList(
      records,
      { filters: FILTER, sorts: SORT, defaultOrder: [{ sql: 'lower(p.name)', direction: SortDirection.ASC }] },
      { args, filter, sort },
    );
  }

  async update(input: UpdatePlaceInput, actor: Actor): Promise<PlaceEntity> {
    const { id, version, ...changes } = input;
    await this.customOnly(id);
    return this.writer.update(PlaceEntity, id, version, changes as DeepPartial<PlaceEntity>, actor);
  }

  async archive(id: string, version: number, actor: Actor): Promise<PlaceEntity> {
    await this.customOnly(id);
    return this.writer.archive(PlaceEntity, id, version, actor);
  }

  async restore(id: string, version: number, actor: Actor): Promise<PlaceEntity> {
    await this.customOnly(id);
    return this.writer.restore(PlaceEntity, id, version, actor);
  }

  /** GSS places are reference data from ONS: only custom places may be changed by hand. */
  private async customOnly(id: string): Promise<void> {
    const place = await this.findById(id);
    if (place.level !== PlaceLevel.CUSTOM) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `${place.name} (${place.code}) is an official ONS place and cannot be changed here; only custom places can be edited, archived or restored.`,
        { field: 'id' },
      );
    }
  }

  async createCustom(input: CreatePlaceInput, actor: Actor): Promise<PlaceEntity> {
    const parent = await this.dataSource.getRepository(PlaceEntity).findOneBy({ id: input.parentId });
    if (!parent) throw badInput('parentId', `No place has the id ${input.parentId}.`);
    const code = input.code ?? `${parent.code}-${slug(input.name)}`;
    return this.writer.create(
      PlaceEntity,
      {
        code,
        name: input.name,
        level: PlaceLevel.CUSTOM,
        parentId: parent.id,
        path: `${parent.path}.${pathLabel(code)}`,
        population: input.population ?? null,
        visibility: input.visibility,
        ...(input.ownerOrganisationId ? { ownerOrganisationId: input.ownerOrganisationId } : {}),
      },
      actor,
    );
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);
}
