import { ActivityKind } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { PartnershipEntity } from './partnership.entity';
import { PlaceEntity } from './place.entity';
import { ProjectEntity } from './project.entity';

/** One entry in a coordinator's log: a meeting, event, milestone or note. */
@Entity('activity')
@Index(['projectId', 'date'])
@Index(['partnershipId', 'date'])
export class ActivityEntity extends RecordEntity {
  @Index()
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'enum', enum: ActivityKind, enumName: 'activity_kind' })
  kind!: ActivityKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'integer', nullable: true })
  attendance!: number | null;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;
}
