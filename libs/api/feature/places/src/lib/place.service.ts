import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, PlaceEntity, RecordWriter } from '@cg/api/core/database';
import { badInput, DomainError, notFound } from '@cg/api/core/graphql';
import { pathLabel, PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { CreatePlaceInput } from './dto/create-place.input';

@Injectable()
export class PlaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async findById(id: string): Promise<PlaceEntity> {
    const place = await this.dataSource.getRepository(PlaceEntity).findOneBy({ id });
    if (!place) throw notFound('place', id);
    return place;
  }

  async findByCode(code: string): Promise<PlaceEntity> {
    const place = await this.dataSource.getRepository(PlaceEntity).findOneBy({ code });
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

  /** SQL that is true when `placeIdColumn` lies inside (or is) the place with id `:param`. */
  static withinSql(placeIdColumn: string, param: string): string {
    return `${placeIdColumn} IN (SELECT d.id FROM place d WHERE d.path <@ (SELECT w.path FROM place w WHERE w.id = :${param}))`;
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
      },
      actor,
    );
  }
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30);
}
