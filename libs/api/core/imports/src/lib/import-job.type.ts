import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@cg/api/core/graphql';

export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** Its process stopped while it ran; its transaction was rolled back with it. */
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(ImportJobStatus, { name: 'ImportJobStatus', description: 'Where a background import is.' });

@ObjectType({ description: 'A row of the file the import could not use.' })
export class ImportUnmatchedRow {
  @Field(() => Int)
  line!: number;

  @Field()
  code!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'How many rows could not be used for one reason.' })
export class ImportReasonCount {
  @Field()
  reason!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A count particular to one kind of import, such as organisations created.' })
export class ImportTally {
  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What an import did: a re-import of the same file reports every row unchanged.' })
export class ImportReport {
  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int, { description: 'Records written for the first time (places, postcodes, grants).' })
  inserted!: number;

  @Field(() => Int, { description: 'Existing ones whose values changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Existing ones the file left exactly as they were.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Former or register codes that now lead to a place.' })
  aliases!: number;

  @Field(() => Int, { description: 'Rows that could not be used; each is counted, the first 100 are listed.' })
  unmatchedCount!: number;

  @Field(() => [ImportUnmatchedRow])
  unmatched!: ImportUnmatchedRow[];

  @Field(() => [ImportReasonCount])
  unmatchedReasons!: ImportReasonCount[];

  @Field(() => [ImportTally], { description: 'Other counts, by what they count.' })
  tallies!: ImportTally[];

  @Field(() => [String])
  notes!: string[];

  @Field(() => Int)
  elapsedMs!: number;

  @Field(() => Int)
  rowsPerSecond!: number;

  @Field({ description: 'A dry run: the counts say what the import would do, and nothing of it was kept.' })
  dryRun!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the full report is kept apart from the job: a CSV import’s history entry (its report at /imports/csv/<id>/report, the rows not imported at /imports/csv/<id>/errors.csv).',
  })
  resultId!: string | null;
}

@ObjectType({
  description:
    'One import of an uploaded file (official place data, 360Giving grants…), for the progress bar and its report.',
})
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'The kind of file: boundaries, code-changes, councils, lsoa-councils, iod-lsoa, iod-lad, postcodes, charity-links, 360giving or csv.',
  })
  kind!: string;

  @Field()
  fileName!: string;

  @Field(() => ImportJobStatus)
  status!: ImportJobStatus;

  @Field(() => Int, { description: 'Rows read so far.' })
  rowsRead!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Rows in the file, when it could be counted first (not for TopoJSON).',
  })
  rowsTotal!: number | null;

  @Field(() => ImportReport, { nullable: true, description: 'What the import did, once it finished.' })
  report!: ImportReport | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the import stopped, when it failed or was interrupted; nothing of it was kept.',
  })
  error!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When its progress last moved, for rows per second.' })
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

export const ImportJobConnection = Connection(ImportJob);
