import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlaceEntity } from './place.entity';

/**
 * A council that belongs to a combined authority (Trafford in Greater Manchester). Membership
 * cannot live in the ltree path: a council already sits in its region or county there, and a
 * combined authority is not one of its ancestors. Reference data with no owner, imported as the
 * system, so no row-level security; requests may read it, never write it.
 */
@Entity('combined_authority_member')
export class CombinedAuthorityMemberEntity {
  @PrimaryColumn({ name: 'combined_authority_id', type: 'uuid' })
  combinedAuthorityId!: string;

  @Index()
  @PrimaryColumn({ name: 'member_place_id', type: 'uuid' })
  memberPlaceId!: string;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'combined_authority_id' })
  combinedAuthority?: PlaceEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_place_id' })
  member?: PlaceEntity;

  /** The file the membership came from. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
