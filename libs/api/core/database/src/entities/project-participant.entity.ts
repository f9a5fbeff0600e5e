import { PartnerRole } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MONEY } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';
import { ProjectEntity } from './project.entity';

/** An organisation taking part in a joint project, with its role and contribution. */
@Entity('project_participant')
@Index(['projectId', 'organisationId'], { unique: true })
export class ProjectParticipantEntity extends RecordEntity {
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role!: PartnerRole;

  @Column({ name: 'cash_contribution', ...MONEY, default: 0 })
  cashContribution!: number;

  @Column({ name: 'in_kind_contribution', ...MONEY, default: 0 })
  inKindContribution!: number;

  @Column({ name: 'contribution_notes', type: 'text', nullable: true })
  contributionNotes!: string | null;
}
