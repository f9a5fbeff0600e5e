import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, notFound } from '@cg/api/core/graphql';
import { AuditAction } from '@cg/shared/domain';
import { DataSource, DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { AuditLogEntity, FieldChanges } from '../../entities/audit-log.entity';
import { currentAccessScope } from '../access/row-access';
import { assertMayWrite, defaultOwner } from '../access/write-rights';
import { RecordEntity } from '../record.entity';
import { mapDatabaseError } from './database-error';
import { fieldChanges } from './field-changes';

/** Who is making a change; null for the system (imports, demo data). */
export interface Actor {
  userId: string | null;
}

export const SYSTEM: Actor = { userId: null };

/**
 * The one way records are written. Every write runs in a transaction with its audit
 * row; updates carry the version the user read, and a stale version is refused with
 * CONFLICT and the current record instead of silently overwriting someone else's edit.
 */
@Injectable()
export class RecordWriter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs several writes as one: all of them happen, or none. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work).catch((error: unknown) => {
      throw mapDatabaseError(error, this.dataSource);
    });
  }

  create<T extends RecordEntity>(target: EntityTarget<T>, values: DeepPartial<T>, actor: Actor, manager?: EntityManager): Promise<T> {
    return this.within(manager, async (m) => {
      const record = m.create(target, { ...values, createdBy: actor.userId } as DeepPartial<T>);
      await this.assertMayWrite(m, target, record, true);
      const saved = await m.save(target, record);
      await this.audit(m, target, saved, AuditAction.CREATE, fieldChanges(null, saved), actor);
      return saved;
    });
  }

  update<T extends RecordEntity>(
    target: EntityTarget<T>,
    id: string,
    expectedVersion: number,
    changes: DeepPartial<T>,
    actor: Actor,
    manager?: EntityManager,
  ): Promise<T> {
    return this.within(manager, async (m) => {
      const current = await this.lockCurrent(m, target, id, expectedVersion);
      await this.assertMayWrite(m, target, current);
      const before = { ...current };
      const merged = m.merge(target, current, stripUndefined(changes) as DeepPartial<T>);
      // Also judged as changed, so nobody moves a record out of their rights or into someone else's.
      if (merged.ownerOrganisationId !== before.ownerOrganisationId) await this.assertMayWrite(m, target, merged);
      const changed = fieldChanges(before, merged);
      if (Object.keys(changed).length === 0) return current;
      const saved = await m.save(target, merged);
      await this.audit(m, target, saved, AuditAction.UPDATE, changed, actor);
      return saved;
    });
  }

  archive<T extends RecordEntity>(target: EntityTarget<T>, id: string, expectedVersion: number, actor: Actor): Promise<T> {
    return this.setArchived(target, id, expectedVersion, actor, true);
  }

  restore<T extends RecordEntity>(target: EntityTarget<T>, id: string, expectedVersion: number, actor: Actor): Promise<T> {
    return this.setArchived(target, id, expectedVersion, actor, false);
  }

  private setArchived<T extends RecordEntity>(
    target: EntityTarget<T>,
    id: string,
    expectedVersion: number,
    actor: Actor,
    archive: boolean,
  ): Promise<T> {
    return this.within(undefined, async (m) => {
      const current = await this.lockCurrent(m, target, id, expectedVersion);
      await this.assertMayWrite(m, target, current);
      if ((current.archivedAt !== null) === archive) {
        throw new DomainError('BAD_USER_INPUT', archive ? 'This record is already archived.' : 'This record is not archived.');
      }
      const before = current.archivedAt;
      current.archivedAt = archive ? new Date() : null;
      const saved = await m.save(target, current);
      const action = archive ? AuditAction.ARCHIVE : AuditAction.RESTORE;
      await this.audit(m, target, saved, action, { archivedAt: { before, after: saved.archivedAt } }, actor);
      return saved;
    });
  }

  /**
   * Refuses writes outside the requesting user's rights (write-rights.ts); the system's own
   * writes (no request scope) are not limited. A new record with no owner belongs to the
   * organisation its creator acts for.
   */
  private async assertMayWrite<T extends RecordEntity>(m: EntityManager, target: EntityTarget<T>, record: T, isNew = false): Promise<void> {
    const scope = currentAccessScope();
    if (!scope) return;
    if (isNew && !record.ownerOrganisationId && !scope.isInstanceAdmin) record.ownerOrganisationId = defaultOwner(scope);
    await assertMayWrite(m, scope, m.getRepository(target).metadata.tableName, record as unknown as Record<string, unknown>);
  }

  /** Reads the record under a row lock, so two writers cannot both pass the version check. */
  private async lockCurrent<T extends RecordEntity>(m: EntityManager, target: EntityTarget<T>, id: string, expectedVersion: number): Promise<T> {
    const name = m.getRepository(target).metadata.tableName;
    const current = await m
      .getRepository(target)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!current) throw notFound(name.replace(/_/g, ' '), id);
    if (current.version !== expectedVersion) {
      throw new DomainError(
        'CONFLICT',
        `Someone else changed this ${name.replace(/_/g, ' ')} after you opened it (you had version ${expectedVersion}, it is now ${current.version}). Reload to see their changes, or apply yours again on top.`,
        { currentVersion: current.version, current: { ...current } },
      );
    }
    return current;
  }

  private async audit<T extends RecordEntity>(
    m: EntityManager,
    target: EntityTarget<T>,
    record: T,
    action: AuditAction,
    changes: FieldChanges,
    actor: Actor,
  ) {
    const recordType = m.getRepository(target).metadata.tableName;
    await m.save(AuditLogEntity, {
      actorId: actor.userId,
      // An organisation's own record belongs to it; every other record names its owner.
      ownerOrganisationId: recordType === 'organisation' ? record.id : record.ownerOrganisationId,
      recordType,
      recordId: record.id,
      action,
      changes,
    });
  }

  private within<T>(manager: EntityManager | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
    // Before anything is read, so a signed-out writer learns to sign in, not that a record is missing.
    if (currentAccessScope()?.signedIn === false) return Promise.reject(new DomainError('UNAUTHENTICATED', 'Sign in to make changes.'));
    return manager ? work(manager) : this.transaction(work);
  }
}

function stripUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
