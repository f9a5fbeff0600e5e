import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { PlaceEntity } from './place.entity';

/** A place an organisation serves (besides its home place). */
@Entity('organisation_place')
export class OrganisationPlaceEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Index()
  /** Organisations serving some places, index-only (migration PlaceCandidatesAndTallies). */
  @Index('organisation_place_by_place_covering', { synchronize: false })
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;
}
