import { Context, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@cg/shared/domain';
import { MailOutbox } from '@cg/api/core/mail';
import type { Request } from 'express';

@ObjectType({ description: 'An email that could not be delivered after every retry.' })
export class FailedEmail {
  @Field(() => ID) id!: string;
  @Field({ description: 'The recipient.' }) to!: string;
  @Field() subject!: string;
  @Field(() => Int, { description: 'How many times delivery was tried.' }) attempts!: number;
  @Field(() => GraphQLISODateTime) queuedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the mail server (or the connection to it) said last.' })
  lastError!: string | null;
}

@Resolver()
export class FailedEmailsResolver {
  constructor(private readonly outbox: MailOutbox) {}

  @Query(() => [FailedEmail], {
    description: 'Emails that gave up after their retries, newest first (50 at most). Instance admins only.',
  })
  failedEmails(@Context('req') req: Request): Promise<FailedEmail[]> {
    if (!req.user?.isInstanceAdmin)
      throw new DomainError('FORBIDDEN', 'Only an instance administrator can see failed emails.');
    return this.outbox.failed();
  }
}
