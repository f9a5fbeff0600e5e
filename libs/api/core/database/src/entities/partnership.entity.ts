import { GovernanceModel, LevellingUpMission, PartnershipStatus } from '@cg/shared/domain';
import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';

/** A coalition of organisations working together in a place. */
@Entity('partnership')
export class PartnershipEntity extends RecordEntity {
  @Index('partnership_name_trgm', { synchronize: false })
  /** The default order, lower(name) then id, of live rows (migration IndexedReadsUnderRls). */
  @Index('partnership_live_name_order', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Index()
  @Column({ type: 'enum', enum: PartnershipStatus, enumName: 'partnership_status', default: PartnershipStatus.FORMING })
  status!: PartnershipStatus;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'governance_model', type: 'enum', enum: GovernanceModel, enumName: 'governance_model' })
  governanceModel!: GovernanceModel;

  @Index('partnership_themes_gin', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  @Column({ type: 'enum', enum: LevellingUpMission, enumName: 'levelling_up_mission', array: true, default: '{}' })
  missions!: LevellingUpMission[];
}
