import { OrganisationType, Sector } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { PlaceEntity } from './place.entity';

@Entity('organisation')
export class OrganisationEntity extends RecordEntity {
  /** Fuzzy search uses a GIN trigram index, written by hand in the migration. */
  @Index('organisation_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  /**
   * `lower(name)`, stored so the default order and its cursors compare a plain column, which row-level
   * security lets the index answer (`lower()` is not leakproof; migration LeakproofNameOrder). Never
   * selected into the entity; its index, on (name_key, id) of live rows, is written by hand.
   */
  @Index('organisation_live_name_key_order', { synchronize: false })
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

  @Index()
  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type!: OrganisationType;

  /** Derived from `type` (SECTOR_OF_TYPE) and stored so sector filters use an index. */
  @Index()
  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector!: Sector;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'citext', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Index()
  /** Organisations at home in some places, index-only (migration PlaceCandidatesAndTallies). */
  @Index('organisation_home_place_covering', { synchronize: false })
  @Column({ name: 'home_place_id', type: 'uuid', nullable: true })
  homePlaceId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_place_id' })
  homePlace?: PlaceEntity;

  @Index('organisation_themes_gin', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  /** Charity Commission style income band, e.g. "£100k–£500k". */
  @Column({ name: 'income_band', type: 'text', nullable: true })
  incomeBand!: string | null;

  /** Staff and volunteers, in words the organisation chose ("12 staff, 40 volunteers"). */
  @Column({ type: 'text', nullable: true })
  size!: string | null;
}
