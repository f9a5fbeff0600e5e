import { LevellingUpMission, ProjectStatus } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MONEY } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { PartnershipEntity } from './partnership.entity';

/** A joint project, on its own or within a partnership. */
@Entity('project')
export class ProjectEntity extends RecordEntity {
  @Index('project_name_trgm', { synchronize: false })
  /** The default order, lower(name) then id, of live rows (migration IndexedReadsUnderRls). */
  @Index('project_live_name_order', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Index()
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.PLANNED })
  status!: ProjectStatus;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Index()
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column({ ...MONEY, nullable: true })
  budget!: number | null;

  /** Leadership explicitly shared between participants. */
  @Column({ name: 'shared_leadership', type: 'boolean', default: false })
  sharedLeadership!: boolean;

  @Index('project_themes_gin', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  @Column({ type: 'enum', enum: LevellingUpMission, enumName: 'levelling_up_mission', array: true, default: '{}' })
  missions!: LevellingUpMission[];
}
