import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlaceEntity } from './place.entity';

/**
 * A code that names a place but is not its current code: a former GSS code (Barnsley's
 * E08000016 is now E08000038), a council merged into its successor, or a register code
 * such as mySociety's "BNS". Reference data with no owner, so no row-level security.
 */
@Entity('place_alias')
export class PlaceAliasEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Index()
  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  /**
   * Why the code leads here: `code-change` (the same area under a new code), `merger` (the
   * area became part of a larger one, so its figures are not the successor's) or `register`.
   */
  @Column({ type: 'text' })
  reason!: string;

  /** The file the alias came from, for the report and for anyone wondering later. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
