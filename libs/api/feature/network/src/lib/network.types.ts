import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, FloatListScalar, IntListScalar } from '@cg/api/core/graphql';
import { CollaborationIndexKey, COLLABORATION_DEFINITIONS, Sector, TieKind } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

registerEnumType(CollaborationIndexKey, {
  name: 'CollaborationIndexKey',
  description: 'The "ego, silo, logo" collaboration indices of a partnership.',
  valuesMap: Object.fromEntries(
    Object.entries(COLLABORATION_DEFINITIONS).map(([key, description]) => [key, { description }]),
  ) as Record<CollaborationIndexKey, { description: string }>,
});

export enum CollaborationDimension {
  EGO = 'EGO',
  SILO = 'SILO',
  LOGO = 'LOGO',
}
registerEnumType(CollaborationDimension, {
  name: 'CollaborationDimension',
  description: 'EGO: shared leadership; SILO: working across sectors; LOGO: shared credit.',
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description:
    'Which part of the network to measure. Organisation conditions (place, themes, partnership, funder) narrow the nodes; kinds and dates narrow the ties; organisation takes its ego network (radius 1) of what remains.',
})
export class NetworkFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Organisations based in (home place) or serving the place or any place inside it.',
  })
  @IsOptional()
  @IsUUID()
  withinPlace?: string | null;

  @Field(() => [String], { nullable: true, description: 'Organisations working on any of these themes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  themes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Current members of this partnership.' })
  @IsOptional()
  @IsUUID()
  partnership?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'This funder and the organisations it funds, directly or through partnerships and projects.',
  })
  @IsOptional()
  @IsUUID()
  funder?: string | null;

  @Field(() => [TieKind], { nullable: true, description: 'Kinds of tie to include; every kind when absent or empty.' })
  @IsOptional()
  @IsArray()
  @IsEnum(TieKind, { each: true })
  kinds?: TieKind[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Ties active on or after this day (the record behind the tie has not ended before it).',
  })
  @IsOptional()
  @Matches(DATE)
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Ties active on or before this day (the record behind the tie had started by then).',
  })
  @IsOptional()
  @Matches(DATE)
  to?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The network as it stood on this day: ties whose records held then, members of the partnership then, and organisations whose record existed by then or that took part in a tie then. Archived records are left out on every day, past ones too; row-level security applies on every day as today. Empty means today.',
  })
  @IsOptional()
  @Matches(DATE)
  asAt?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "This organisation's ego network: it, its partners and the ties among them.",
  })
  @IsOptional()
  @IsUUID()
  organisation?: string | null;
}

@ObjectType({
  description:
    'Nodes as parallel arrays: position i of every array describes the same organisation, and edges refer to nodes by that position.',
})
export class NetworkNodes {
  @Field(() => [ID])
  ids!: string[];

  @Field(() => [String])
  names!: string[];

  @Field(() => [Sector])
  sectors!: Sector[];

  @Field(() => IntListScalar, {
    description: 'How many other organisations each is tied to (any kind of tie in the network).',
  })
  degree!: number[];

  @Field(() => FloatListScalar, {
    description:
      'Betweenness centrality, 0–1: the share of shortest paths between other pairs that pass through the organisation. Estimated from 50 to 500 seeded sampled sources above 3,000 nodes (see summary.betweennessSources).',
  })
  betweenness!: number[];

  @Field(() => FloatListScalar, {
    description: 'Eigenvector centrality (unit length): high when tied to organisations that are themselves well tied.',
  })
  eigenvector!: number[];

  @Field(() => IntListScalar, {
    description: 'Louvain community, numbered from 0 (fixed seed, so stable between calls).',
  })
  community!: number[];
}

@ObjectType({
  description:
    'Edges as parallel arrays: one edge per pair of organisations and kind of tie. source and target are positions in the node arrays.',
})
export class NetworkEdges {
  @Field(() => IntListScalar)
  source!: number[];

  @Field(() => IntListScalar)
  target!: number[];

  @Field(() => [TieKind])
  kind!: TieKind[];

  @Field(() => FloatListScalar, {
    description:
      'RELATIONSHIP: sum of strengths (1–5) of the relationships; CO_MEMBERSHIP: shared partnerships; JOINT_PROJECT: shared projects; FUNDING: pounds awarded.',
  })
  weight!: number[];
}

@ObjectType({ description: 'Whole-network measures. Ties of different kinds between one pair count as one tie.' })
export class NetworkSummary {
  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int, { description: 'Pairs of organisations tied by at least one tie.' })
  edgeCount!: number;

  @Field(() => Float, { description: 'Ties present over ties possible, 2m / (n(n − 1)).' })
  density!: number;

  @Field(() => Int, { description: 'Connected components (an isolate is a component of its own).' })
  components!: number;

  @Field(() => Int, { description: 'Size of the largest component.' })
  largestComponent!: number;

  @Field(() => Int, { description: 'Organisations with no tie in the network.' })
  isolates!: number;

  @Field(() => Float, {
    description:
      'Freeman degree centralization, Σ(max degree − degree) / ((n − 1)(n − 2)): 1 for a star, 0 when every degree is equal.',
  })
  degreeCentralization!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'PARTNER-style mean trust (1–4) over relationships that record it.',
  })
  meanTrust!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'PARTNER-style mean value (1–4) over relationships that record it.',
  })
  meanValue!: number | null;

  @Field(() => Int, { description: 'Louvain communities (fixed seed).' })
  communities!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of tied pairs whose two organisations are in different sectors.',
  })
  crossSectorTieShare!: number | null;

  @Field({ description: 'Whether betweenness was estimated from sampled sources (large networks).' })
  betweennessSampled!: boolean;

  @Field(() => Int, {
    description:
      'How many organisations betweenness was measured from: all of them when exact; on large networks a seeded sample of 50 to 500, fewer the more ties there are.',
  })
  betweennessSources!: number;
}

@ObjectType({ description: 'A network of organisations with its measures, compact enough to draw 20,000 nodes.' })
export class Network {
  @Field(() => NetworkNodes)
  nodes!: NetworkNodes;

  @Field(() => NetworkEdges)
  edges!: NetworkEdges;

  @Field(() => NetworkSummary)
  summary!: NetworkSummary;

  @Field({
    description:
      'Whether a fresh answer is being measured in the background: the records behind this network changed since it was measured, and this is the last answer; or the network has never been measured and takes long (a region), and this answer is empty for now. Ask again shortly for the fresh one.',
  })
  updating!: boolean;
}

@ObjectType({ description: "An organisation's position in the network: the measures for the side panel." })
export class OrganisationNetworkMeasures {
  @Field(() => ID)
  organisationId!: string;

  @Field({ description: 'Whether the organisation is in the measured network at all.' })
  inNetwork!: boolean;

  @Field(() => Int, { description: 'Other organisations it is tied to.' })
  degree!: number;

  @Field(() => Float, { description: 'Degree / (n − 1).' })
  degreeCentrality!: number;

  @Field(() => Float, { description: 'Betweenness centrality, 0–1 (normalized).' })
  betweenness!: number;

  @Field(() => Float, { description: 'Eigenvector centrality (unit length over the network).' })
  eigenvector!: number;

  @Field(() => Int, { nullable: true, description: 'Louvain community number.' })
  community!: number | null;

  @Field(() => Int, {
    description:
      'Sector brokerage: pairs of its partners in different sectors that are not tied to each other, so it bridges them.',
  })
  brokerage!: number;

  @Field(() => Int, { description: 'Organisations in the measured network.' })
  networkSize!: number;
}

@ObjectType({ description: 'One collaboration index of a partnership.' })
export class CollaborationIndex {
  @Field(() => CollaborationIndexKey)
  key!: CollaborationIndexKey;

  @Field(() => CollaborationDimension)
  dimension!: CollaborationDimension;

  @Field()
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Empty when there is nothing to measure (no members, seats, outcomes…).',
  })
  value!: number | null;

  @Field({ description: 'The value in words, with the counts behind it.' })
  explanation!: string;

  @Field({ description: 'What the index is and how it is computed.' })
  definition!: string;
}
