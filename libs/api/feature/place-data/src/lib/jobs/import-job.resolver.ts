import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionOf } from '@cg/api/core/graphql';
import type { Request } from 'express';
import { ImportJobService } from './import-job.service';
import { ImportJob, ImportJobConnection } from './import-job.type';

@Resolver(() => ImportJob)
export class ImportJobResolver {
  constructor(private readonly jobs: ImportJobService) {}

  @Query(() => ImportJob, {
    description: 'One import of official place data, for its progress bar and report. Instance admins only.',
  })
  importJob(@Context('req') req: Request, @Args('id', { type: () => ID }) id: string): Promise<ImportJob> {
    return this.jobs.findById(req.user, id);
  }

  @Query(() => ImportJobConnection, {
    description: 'Imports of official place data, newest first. Instance admins only.',
  })
  importJobs(@Context('req') req: Request, @Args() page: ConnectionArgs): Promise<ConnectionOf<ImportJob>> {
    return this.jobs.list(req.user, page);
  }
}
