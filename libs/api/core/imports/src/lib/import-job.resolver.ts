import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionOf } from '@cg/api/core/graphql';
import type { Request } from 'express';
import { ImportJobService } from './import-job.service';
import { ImportJob, ImportJobConnection } from './import-job.type';

@Resolver(() => ImportJob)
export class ImportJobResolver {
  constructor(private readonly jobs: ImportJobService) {}

  @Query(() => ImportJob, {
    description:
      'One background import, for its progress bar and report. Instance admins see every import, others those made for their organisations.',
  })
  importJob(@Context('req') req: Request, @Args('id', { type: () => ID }) id: string): Promise<ImportJob> {
    return this.jobs.findById(req.user, id);
  }

  @Query(() => ImportJobConnection, {
    description:
      'Background imports, newest first: every import for instance admins, those made for their organisations for others.',
  })
  importJobs(
    @Context('req') req: Request,
    @Args() page: ConnectionArgs,
    @Args('kind', { type: () => String, nullable: true, description: 'Only imports of this kind, e.g. "360giving".' })
    kind?: string | null,
  ): Promise<ConnectionOf<ImportJob>> {
    return this.jobs.list(req.user, page, kind);
  }
}
