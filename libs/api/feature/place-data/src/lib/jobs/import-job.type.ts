import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@cg/api/core/graphql';

export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
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

@ObjectType({ description: 'What an import did: a re-import of the same file reports every row unchanged.' })
export class ImportReport {
  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int, { description: 'Places or postcodes written for the first time.' })
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

  @Field(() => [String])
  notes!: string[];

  @Field(() => Int)
  elapsedMs!: number;

  @Field(() => Int)
  rowsPerSecond!: number;
}

@ObjectType({
  description: 'One import of an uploaded file of official place data, for the progress bar and its report.',
})
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field({
    description: 'The kind of file: boundaries, code-changes, councils, lsoa-councils, iod-lsoa, iod-lad or postcodes.',
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
    description: 'Why the import stopped, when it failed; nothing of it was kept.',
  })
  error!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

export const ImportJobConnection = Connection(ImportJob);
