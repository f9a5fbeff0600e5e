import { GovernanceModel, LevellingUpMission, PartnershipStatus } from '@cg/shared/domain';
import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';

/** A coalition of organisations working together in a place. */
@Entity('partnership')
export class PartnershipEntity extends RecordEntity {
  @Index('partnership_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  /**
   * `lower(name)`, stored so the default order and its cursors compare a plain column, which row-level
   * security lets the index answer (`lower()` is not leakproof; migration LeakproofNameOrder). Never
   * selected into the entity; its index, on (name_key, id) of live rows, is written by hand.
   */
  @Index('partnership_live_name_key_order', { synchronize: false })
  @Column({
    name: 'name_key',
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'lower("name")',
    select: false,
    insert: false,
    update: false,
  })
  nameKey?: string;

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
