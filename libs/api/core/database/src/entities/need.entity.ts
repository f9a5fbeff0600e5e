import { NeedSource, Priority } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { OrganisationEntity } from './organisation.entity';
import { PlaceEntity } from './place.entity';

/** A local need in a place, and who raised it. */
@Entity('need')
export class NeedEntity extends RecordEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ name: 'raised_by', type: 'enum', enum: NeedSource, enumName: 'need_source' })
  raisedBy!: NeedSource;

  @Column({ name: 'raised_by_organisation_id', type: 'uuid', nullable: true })
  raisedByOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'raised_by_organisation_id' })
  raisedByOrganisation?: OrganisationEntity;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority!: Priority;
}
