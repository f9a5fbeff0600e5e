import { Injectable } from '@nestjs/common';
import { Actor, checkIdsExist, ProjectParticipantEntity, RecordWriter } from '@cg/api/core/database';
import { DeepPartial } from 'typeorm';
import { AddParticipantInput, UpdateParticipantInput } from './dto/participant.input';
import { DomainError } from '@cg/shared/domain';

@Injectable()
export class ParticipantService {
  constructor(private readonly writer: RecordWriter) {}

  /** Adds an organisation to a project; a second participation of the same organisation is CONFLICT. */
  add(input: AddParticipantInput, actor: Actor): Promise<ProjectParticipantEntity> {
    return this.writer
      .transaction(async (manager) => {
        await checkIdsExist(manager, 'project', [input.projectId], 'projectId', 'project');
        await checkIdsExist(manager, 'organisation', [input.organisationId], 'organisationId', 'organisation');
        const existing = await manager
          .getRepository(ProjectParticipantEntity)
          .findOneBy({ projectId: input.projectId, organisationId: input.organisationId });
        if (existing) throw duplicate(existing.id, existing.archivedAt !== null);
        return this.writer.create(ProjectParticipantEntity, input as DeepPartial<ProjectParticipantEntity>, actor, {
          manager,
        });
      })
      .catch((error: unknown) => {
        if (
          error instanceof DomainError &&
          error.extensions['code'] === 'CONFLICT' &&
          error.extensions['field'] !== 'organisationId'
        )
          throw duplicate();
        throw error;
      });
  }

  update(input: UpdateParticipantInput, actor: Actor): Promise<ProjectParticipantEntity> {
    const { id, version, ...changes } = input;
    return this.writer.update(
      ProjectParticipantEntity,
      id,
      version,
      changes as DeepPartial<ProjectParticipantEntity>,
      actor,
    );
  }

  /** Removes by archiving: the participation stays as history. */
  remove(id: string, version: number, actor: Actor): Promise<ProjectParticipantEntity> {
    return this.writer.archive(ProjectParticipantEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<ProjectParticipantEntity> {
    return this.writer.restore(ProjectParticipantEntity, id, version, actor);
  }
}

function duplicate(existingId?: string, archived = false): DomainError {
  const hint = archived ? ' Its participation was removed: restore it instead.' : ' Update that participation instead.';
  return new DomainError('CONFLICT', `This organisation already takes part in this project.${existingId ? hint : ''}`, {
    field: 'organisationId',
    ...(existingId ? { existingId } : {}),
  });
}
