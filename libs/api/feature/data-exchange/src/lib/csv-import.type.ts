import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@cg/api/core/graphql';

@ObjectType({
  description:
    'One CSV import an organisation ran (dry runs are not kept), for the history on the Imports and exports screen.',
})
export class CsvImport {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'organisations, people, relationships, memberships, activities or measurements.' })
  kind!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Where the file came from; its column mapping is remembered under this name.' })
  source!: string;

  @Field({
    description:
      'SUCCEEDED (rows not imported are in its error file) or FAILED (the file could not be used; nothing was written).',
  })
  status!: string;

  @Field(() => ID, { description: 'The organisation the imported records belong to.' })
  organisationId!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Who ran it.' })
  startedByName!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the file could not be used, when it failed.' })
  problem!: string | null;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Rows that matched a record already there and changed nothing.' })
  matched!: number;

  @Field(() => Int, { description: 'Rows not imported for an error; listed in the error file.' })
  rejected!: number;

  @Field(() => Int, { description: 'Rows not imported because a name needs confirming; listed in the error file.' })
  needsConfirmation!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const CsvImportConnection = Connection(CsvImport);
