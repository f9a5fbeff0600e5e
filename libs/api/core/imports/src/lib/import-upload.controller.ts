import { Controller, HttpCode, Param, Post, Query, Req, UseFilters } from '@nestjs/common';
import { DomainErrorHttpFilter } from '@cg/api/core/graphql';
import { DomainError } from '@cg/shared/domain';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ImportJobService } from './import-job.service';
import { ImportJob } from './import-job.type';
import { ImportRunners } from './import-runners';

/**
 * `POST /imports/<route>?name=<file name>&…options` with the file as the request body (any
 * content type but JSON or a form, which the server would parse: send application/octet-stream;
 * gzip is recognised by its bytes): streams it to a temporary file, queues the import and
 * answers the job, whose progress `importJob(id)` reports. Routes are the registered runners':
 * `places/<kind>` (official place data, instance admins), `360giving` (grants, an organisation's
 * admins), `charity-links` (reference data, instance admins). A REST upload rather than a GraphQL
 * mutation, because such files run to hundreds of megabytes. Only with an X-Requested-With header
 * (so another site's form cannot post one with the user's cookie).
 */
@Controller('imports')
@UseFilters(DomainErrorHttpFilter)
export class ImportUploadController {
  constructor(
    private readonly jobs: ImportJobService,
    private readonly runners: ImportRunners,
  ) {}

  @Post(':family/:kind')
  @HttpCode(202)
  uploadOfFamily(
    @Req() req: Request,
    @Param('family') family: string,
    @Param('kind') kind: string,
    @Query() query: Record<string, string | undefined>,
  ): Promise<ImportJob> {
    return this.upload(req, `${family}/${kind}`, query);
  }

  @Post(':kind')
  @HttpCode(202)
  uploadOfKind(
    @Req() req: Request,
    @Param('kind') kind: string,
    @Query() query: Record<string, string | undefined>,
  ): Promise<ImportJob> {
    return this.upload(req, kind, query);
  }

  private async upload(req: Request, route: string, query: Record<string, string | undefined>): Promise<ImportJob> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const runner = this.runners.forRoute(route);
    if (!runner) {
      const family = route.includes('/') ? route.slice(0, route.indexOf('/') + 1) : '';
      const known = this.runners.routesUnder(family);
      throw new DomainError(
        'BAD_USER_INPUT',
        family === 'places/'
          ? `“${route.slice(family.length)}” is not a kind of place data; choose one of ${known.join(', ')}.`
          : `Nothing imports “${route}”; choose one of ${known.join(', ')}.`,
        { field: 'kind' },
      );
    }
    const options = await runner.accept(req.user, query);
    // A header a cross-site form cannot send, as the GraphQL endpoint requires: no upload by forgery.
    if (!req.headers['x-requested-with']) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Send the header X-Requested-With (the web app does); it keeps other sites from starting imports.',
        { field: 'headers' },
      );
    }
    if (req.readableEnded) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Send the file as the body with Content-Type: application/octet-stream.',
        {
          field: 'body',
        },
      );
    }
    const file = join(tmpdir(), `cg-import-${randomUUID()}`);
    await pipeline(req, createWriteStream(file));
    const name = typeof query['name'] === 'string' && query['name'] ? query['name'] : `${runner.kind} upload`;
    return this.jobs.start(runner, req.user, options, file, name.slice(0, 200));
  }
}
