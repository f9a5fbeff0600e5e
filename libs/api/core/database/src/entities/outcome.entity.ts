import { LevellingUpMission, OutcomeDefiner } from '@cg/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { PartnershipEntity } from './partnership.entity';
import { ProjectEntity } from './project.entity';

/**
 * A shared outcome, owned by a partnership or a project rather than by one
 * organisation, so credit is shared by construction.
 */
@Entity('outcome')
@Check('outcome_one_owner', 'num_nonnulls("owner_partnership_id", "owner_project_id") = 1')
export class OutcomeEntity extends RecordEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ name: 'owner_partnership_id', type: 'uuid', nullable: true })
  ownerPartnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_partnership_id' })
  ownerPartnership?: PartnershipEntity;

  @Index()
  @Column({ name: 'owner_project_id', type: 'uuid', nullable: true })
  ownerProjectId!: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_project_id' })
  ownerProject?: ProjectEntity;

  @Column({ name: 'defined_by', type: 'enum', enum: OutcomeDefiner, enumName: 'outcome_definer' })
  definedBy!: OutcomeDefiner;

  @Column({ name: 'co_produced', type: 'boolean', default: false })
  coProduced!: boolean;

  @Column({ type: 'enum', enum: LevellingUpMission, enumName: 'levelling_up_mission', array: true, default: '{}' })
  missions!: LevellingUpMission[];
}
