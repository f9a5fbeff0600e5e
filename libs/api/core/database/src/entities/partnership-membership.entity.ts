import { PartnerRole } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MONEY } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';
import { PartnershipEntity } from './partnership.entity';

/** An organisation's membership of a partnership: its role, seat and contribution. */
@Entity('partnership_membership')
@Index(['partnershipId', 'organisationId'], { unique: true })
export class PartnershipMembershipEntity extends RecordEntity {
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role!: PartnerRole;

  @Column({ name: 'from_date', type: 'date', nullable: true })
  fromDate!: string | null;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ name: 'decision_seat', type: 'boolean', default: false })
  decisionSeat!: boolean;

  @Column({ name: 'cash_contribution', ...MONEY, default: 0 })
  cashContribution!: number;

  @Column({ name: 'in_kind_contribution', ...MONEY, default: 0 })
  inKindContribution!: number;

  @Column({ name: 'in_kind_description', type: 'text', nullable: true })
  inKindDescription!: string | null;
}
