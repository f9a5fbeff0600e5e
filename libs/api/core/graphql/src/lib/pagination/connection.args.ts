import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

const PAGE_SIZE_MESSAGE = `must be a whole number from 0 to ${MAX_PAGE_SIZE}.`;

/** Relay paging: `first`/`after` pages forwards, `last`/`before` backwards. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forwards: at most this many items (0–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} if neither first nor last is given).`,
  })
  @IsOptional()
  @IsInt({ message: `first ${PAGE_SIZE_MESSAGE}` })
  @Min(0, { message: `first ${PAGE_SIZE_MESSAGE}` })
  @Max(MAX_PAGE_SIZE, { message: `first ${PAGE_SIZE_MESSAGE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Items after this cursor (an endCursor from an earlier page).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backwards: at most this many items before \`before\`, or the last ones (0–${MAX_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt({ message: `last ${PAGE_SIZE_MESSAGE}` })
  @Min(0, { message: `last ${PAGE_SIZE_MESSAGE}` })
  @Max(MAX_PAGE_SIZE, { message: `last ${PAGE_SIZE_MESSAGE}` })
  @ValidateBy(
    {
      name: 'notWithFirst',
      validator: { validate: (_last, args) => (args?.object as ConnectionArgs).first == null },
    },
    { message: 'Give either first or last, not both.' },
  )
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Items before this cursor (a startCursor from an earlier page).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  before?: string | null;
}

/** The args as plain values, so services and tests need not build a ConnectionArgs. */
export type ConnectionArgsInput = Pick<ConnectionArgs, 'first' | 'after' | 'last' | 'before'>;
