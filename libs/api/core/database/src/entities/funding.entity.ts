import { FundingStatus, FundingType } from '@cg/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MONEY } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';
import { PartnershipEntity } from './partnership.entity';
import { ProjectEntity } from './project.entity';

/** A funder's commitment to an organisation, a partnership or a project. */
@Entity('funding')
@Check(
  'funding_one_recipient',
  'num_nonnulls("recipient_organisation_id", "recipient_partnership_id", "recipient_project_id") = 1',
)
@Check('funding_amount_positive', '"amount" >= 0')
export class FundingEntity extends RecordEntity {
  @Index()
  @Column({ name: 'funder_organisation_id', type: 'uuid' })
  funderOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funder_organisation_id' })
  funderOrganisation?: OrganisationEntity;

  @Index()
  @Column({ name: 'recipient_organisation_id', type: 'uuid', nullable: true })
  recipientOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipientOrganisation?: OrganisationEntity;

  @Index()
  // Partial index for place analytics (migration PlaceAnalyticsIndexes), managed by hand.
  @Index('funding_to_partnership_live', { synchronize: false })
  @Column({ name: 'recipient_partnership_id', type: 'uuid', nullable: true })
  recipientPartnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_partnership_id' })
  recipientPartnership?: PartnershipEntity;

  @Index()
  @Index('funding_to_project_live', { synchronize: false })
  @Column({ name: 'recipient_project_id', type: 'uuid', nullable: true })
  recipientProjectId!: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_project_id' })
  recipientProject?: ProjectEntity;

  /** Total amount in pounds. */
  @Column(MONEY)
  amount!: number;

  @Column({ type: 'enum', enum: FundingType, enumName: 'funding_type', default: FundingType.GRANT })
  type!: FundingType;

  @Column({ type: 'text', nullable: true })
  programme!: string | null;

  @Index()
  @Column({ name: 'award_date', type: 'date', nullable: true })
  awardDate!: string | null;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: string | null;

  @Index()
  @Column({ type: 'enum', enum: FundingStatus, enumName: 'funding_status', default: FundingStatus.AWARDED })
  status!: FundingStatus;

  /** The grant's title as its funder published it (360Giving `title`). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** What the grant is for, as published (360Giving `description`). */
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The grant's identifier when imported from 360Giving data. */
  @Index({ unique: true, where: '"three_sixty_giving_id" IS NOT NULL' })
  @Column({ name: 'three_sixty_giving_id', type: 'text', nullable: true })
  threeSixtyGivingId!: string | null;
}
