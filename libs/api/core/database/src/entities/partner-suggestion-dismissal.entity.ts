import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';

/**
 * "Not now" to one partner suggestion (issue #15): the organisation it was made for never sees
 * that organisation suggested again while the row is live. Owned by the organisation, PRIVATE,
 * so only its own people read it; archiving it brings the suggestion back.
 */
@Entity('partner_suggestion_dismissal')
@Index(['organisationId', 'suggestedOrganisationId'], { unique: true })
export class PartnerSuggestionDismissalEntity extends RecordEntity {
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'suggested_organisation_id', type: 'uuid' })
  suggestedOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggested_organisation_id' })
  suggestedOrganisation?: OrganisationEntity;
}
