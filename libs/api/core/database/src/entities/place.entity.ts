import { PlaceLevel } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';

/**
 * A UK statistical geography (ONS GSS code) or a custom place a community defines.
 * `path` is an ltree of ancestor codes, so "everything inside this local authority"
 * is one indexed `path <@ ancestor.path` test.
 */
@Entity('place')
export class PlaceEntity extends RecordEntity {
  /** GSS code (E06000016) or, for custom places, a generated code. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: PlaceLevel, enumName: 'place_level' })
  level!: PlaceLevel;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: PlaceEntity;

  @Index('place_path_gist', { synchronize: false })
  @Column({ type: 'ltree' })
  path!: string;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  /** English Indices of Deprivation 2019: rank (1 = most deprived) and decile. */
  @Column({ name: 'imd_rank', type: 'integer', nullable: true })
  imdRank!: number | null;

  @Column({ name: 'imd_decile', type: 'smallint', nullable: true })
  imdDecile!: number | null;

  /** Domain scores or ranks keyed by domain name, where known. */
  @Column({ name: 'imd_domains', type: 'jsonb', nullable: true })
  imdDomains!: Record<string, number> | null;

  /** Optional GeoJSON geometry (RFC 7946, WGS84 lon/lat): imported boundaries, or the demo county's generated ones. */
  @Column({ type: 'jsonb', nullable: true })
  boundary!: Record<string, unknown> | null;

  /** A local authority's cell in an equal-area hex layout, HexJSON "odd-r": column and row (rows count northwards). */
  @Column({ name: 'hex_q', type: 'integer', nullable: true })
  hexQ!: number | null;

  @Column({ name: 'hex_r', type: 'integer', nullable: true })
  hexR!: number | null;
}
