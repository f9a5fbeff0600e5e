import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, OrganisationEntity, OrganisationIdentifierEntity, RecordWriter } from '@cg/api/core/database';
import { badInput, notFound } from '@cg/api/core/graphql';
import { parseOrgId, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { DataSource, DeepPartial } from 'typeorm';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';

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
          parsed.map((id, index) => ({ organisationId: organisation.id, scheme: id.scheme, identifier: id.identifier, isPrimary: index === 0 })),
        );
      }
      return organisation;
    });
  }

  update(input: UpdateOrganisationInput, actor: Actor): Promise<OrganisationEntity> {
    const { id, version, ...changes } = input;
    const derived = changes.type ? { sector: SECTOR_OF_TYPE[changes.type] } : {};
    return this.writer.update(OrganisationEntity, id, version, { ...changes, ...derived } as DeepPartial<OrganisationEntity>, actor);
  }

  archive(id: string, version: number, actor: Actor): Promise<OrganisationEntity> {
    return this.writer.archive(OrganisationEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<OrganisationEntity> {
    return this.writer.restore(OrganisationEntity, id, version, actor);
  }
}
