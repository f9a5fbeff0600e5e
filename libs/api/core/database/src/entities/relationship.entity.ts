import { RelationshipType } from '@cg/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';

/**
 * A typed tie between two organisations. Ties implied by co-membership, joint
 * projects and funding are derived from those records, never typed here twice.
 */
@Entity('relationship')
@Check('relationship_not_self', '"from_organisation_id" <> "to_organisation_id"')
@Check('relationship_strength_range', '"strength" BETWEEN 1 AND 5')
@Check('relationship_trust_range', '"trust" IS NULL OR "trust" BETWEEN 1 AND 4')
@Check('relationship_value_range', '"value" IS NULL OR "value" BETWEEN 1 AND 4')
export class RelationshipEntity extends RecordEntity {
  @Index()
  @Column({ name: 'from_organisation_id', type: 'uuid' })
  fromOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_organisation_id' })
  fromOrganisation?: OrganisationEntity;

  @Index()
  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_organisation_id' })
  toOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: RelationshipType, enumName: 'relationship_type' })
  type!: RelationshipType;

  /** False for mutual ties (co-located, informal); true when it runs from one to the other. */
  @Column({ type: 'boolean', default: true })
  directed!: boolean;

  @Column({ name: 'from_date', type: 'date', nullable: true })
  fromDate!: string | null;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  /** 1 (weak) to 5 (strong). */
  @Column({ type: 'smallint', default: 3 })
  strength!: number;

  /** PARTNER-tool survey score, 1 to 4. */
  @Column({ type: 'smallint', nullable: true })
  trust!: number | null;

  /** PARTNER-tool survey score, 1 to 4. */
  @Column({ type: 'smallint', nullable: true })
  value!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
