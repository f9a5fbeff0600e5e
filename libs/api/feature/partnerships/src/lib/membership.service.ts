import { Injectable } from '@nestjs/common';
import {
  Actor,
  checkDateOrder,
  checkIdsExist,
  checkSpanAfterUpdate,
  PartnershipMembershipEntity,
  RecordWriter,
} from '@cg/api/core/database';
import { DeepPartial, EntityManager } from 'typeorm';
import { AddMembershipInput, EndMembershipInput, UpdateMembershipInput } from './dto/membership.input';
import { DomainError, todayInLondon } from '@cg/shared/domain';

@Injectable()
export class MembershipService {
  constructor(private readonly writer: RecordWriter) {}

  /** Adds an organisation to a partnership; a second membership of the same organisation is CONFLICT. */
  add(input: AddMembershipInput, actor: Actor): Promise<PartnershipMembershipEntity> {
    checkDateOrder(input.fromDate, input.toDate, 'toDate', 'fromDate');
    return this.writer
      .transaction(async (manager) => {
        await checkIdsExist(manager, 'partnership', [input.partnershipId], 'partnershipId', 'partnership');
        await checkIdsExist(manager, 'organisation', [input.organisationId], 'organisationId', 'organisation');
        await this.refuseDuplicate(manager, input.partnershipId, input.organisationId);
        return this.writer.create(
          PartnershipMembershipEntity,
          input as DeepPartial<PartnershipMembershipEntity>,
          actor,
          { manager },
        );
      })
      .catch((error: unknown) => {
        // Two requests racing past the check meet the unique index instead.
        if (
          error instanceof DomainError &&
          error.extensions['code'] === 'CONFLICT' &&
          error.extensions['field'] !== 'organisationId'
        ) {
          throw duplicate();
        }
        throw error;
      });
  }

  update(input: UpdateMembershipInput, actor: Actor): Promise<PartnershipMembershipEntity> {
    const { id, version, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      const saved = await this.writer.update(
        PartnershipMembershipEntity,
        id,
        version,
        changes as DeepPartial<PartnershipMembershipEntity>,
        actor,
        { manager },
      );
      checkSpanAfterUpdate(saved, changes, 'fromDate', 'toDate');
      return saved;
    });
  }

  /** Ends the membership on `toDate` (today if not given); the record stays as history. */
  end(input: EndMembershipInput, actor: Actor): Promise<PartnershipMembershipEntity> {
    const toDate = input.toDate ?? todayInLondon();
    return this.writer.transaction(async (manager) => {
      const saved = await this.writer.update(PartnershipMembershipEntity, input.id, input.version, { toDate }, actor, {
        manager,
      });
      checkDateOrder(saved.fromDate, saved.toDate, 'toDate', 'fromDate');
      return saved;
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<PartnershipMembershipEntity> {
    return this.writer.archive(PartnershipMembershipEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<PartnershipMembershipEntity> {
    return this.writer.restore(PartnershipMembershipEntity, id, version, actor);
  }

  private async refuseDuplicate(manager: EntityManager, partnershipId: string, organisationId: string): Promise<void> {
    const existing = await manager
      .getRepository(PartnershipMembershipEntity)
      .findOneBy({ partnershipId, organisationId });
    if (existing) throw duplicate(existing.id, existing.archivedAt !== null);
  }
}

function duplicate(existingId?: string, archived = false): DomainError {
  const hint = archived ? ' Its membership is archived: restore it instead.' : ' Update that membership instead.';
  return new DomainError(
    'CONFLICT',
    `This organisation is already a member of this partnership.${existingId ? hint : ''}`,
    {
      field: 'organisationId',
      ...(existingId ? { existingId } : {}),
    },
  );
}
