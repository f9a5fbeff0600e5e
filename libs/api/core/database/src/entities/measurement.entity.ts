import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericToNumber } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { IndicatorEntity } from './indicator.entity';
import { PlaceEntity } from './place.entity';

/** One reading of an indicator. */
@Entity('measurement')
@Index(['indicatorId', 'date'])
export class MeasurementEntity extends RecordEntity {
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  @Column({ type: 'numeric', transformer: numericToNumber })
  value!: number;

  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
