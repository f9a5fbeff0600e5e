import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, OrganisationEntity, PartnerSuggestionDismissalEntity, RecordWriter } from '@cg/api/core/database';
import { badInput, DomainError, notFound, Visibility } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

/**
 * "Not now" to a suggestion, and changing one's mind. A dismissal is a PRIVATE record of the
 * organisation it was made for, written through RecordWriter: its admins and coordinators may
 * make it (write-rights.ts), and it is audited like any change.
 */
@Injectable()
export class SuggestionDismissalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async dismiss(organisationId: string, suggestedOrganisationId: string, actor: Actor): Promise<PartnerSuggestionDismissalEntity> {
    if (organisationId === suggestedOrganisationId) throw badInput('suggestedOrganisationId', 'An organisation is never suggested to itself.');
    await this.assertReadable(organisationId, 'organisationId');
    await this.assertReadable(suggestedOrganisationId, 'suggestedOrganisationId');
    const existing = await this.find(organisationId, suggestedOrganisationId);
    if (existing && existing.archivedAt === null) return existing;
    if (existing) return this.writer.restore(PartnerSuggestionDismissalEntity, existing.id, existing.version, actor);
    return this.writer.create(
      PartnerSuggestionDismissalEntity,
      { organisationId, suggestedOrganisationId, ownerOrganisationId: organisationId, visibility: Visibility.PRIVATE },
      actor,
    );
  }

  /** Undoes a dismissal: the organisation may be suggested again. */
  async restore(organisationId: string, suggestedOrganisationId: string, actor: Actor): Promise<PartnerSuggestionDismissalEntity> {
    const existing = await this.find(organisationId, suggestedOrganisationId);
    if (!existing || existing.archivedAt !== null) {
      throw new DomainError('NOT_FOUND', 'That organisation has not been dismissed from these suggestions.');
    }
    return this.writer.archive(PartnerSuggestionDismissalEntity, existing.id, existing.version, actor);
  }

  /** Read under row-level security: only the organisation's own people see its dismissals. */
  private find(organisationId: string, suggestedOrganisationId: string): Promise<PartnerSuggestionDismissalEntity | null> {
    return this.db.getRepository(PartnerSuggestionDismissalEntity).findOneBy({ organisationId, suggestedOrganisationId });
  }

  private async assertReadable(id: string, field: string): Promise<void> {
    const found = await this.db.getRepository(OrganisationEntity).exists({ where: { id } });
    if (!found) throw Object.assign(notFound('organisation', id), { field });
  }
}
