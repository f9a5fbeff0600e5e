import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isPlaceImportKind, PLACE_IMPORT_KINDS } from '../import/place-import-kind';
import { ImportJobService, requireInstanceAdmin } from './import-job.service';
import { ImportJob } from './import-job.type';
import { DomainError } from '@cg/shared/domain';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/** Domain errors as HTTP answers: the status their code implies and the same safe sentence GraphQL gives. */
@Catch(DomainError)
class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const code = String(error.extensions['code']);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[code] ?? 400)
      .json({ error: { code, message: error.message } });
  }
}

/**
 * `POST /imports/places/<kind>?name=<file name>` with the file as the request body (any content
 * type but JSON or a form, which the server would parse: send application/octet-stream; gzip is
 * recognised by its bytes): streams it to a temporary file, queues the import and
 * answers the job, whose progress `importJob(id)` reports. A REST upload rather than a GraphQL
 * mutation, because official files run to hundreds of megabytes. Instance admins only, and only
 * with an X-Requested-With header (so another site's form cannot post one with the admin's cookie).
 */
@Controller('imports/places')
@UseFilters(DomainErrorHttpFilter)
export class ImportUploadController {
  constructor(private readonly jobs: ImportJobService) {}

  @Post(':kind')
  @HttpCode(202)
  async upload(@Req() req: Request, @Param('kind') kind: string, @Query('name') name?: string): Promise<ImportJob> {
    const user = requireInstanceAdmin(req.user);
    // A header a cross-site form cannot send, as the GraphQL endpoint requires: no upload by forgery.
    if (!req.headers['x-requested-with']) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Send the header X-Requested-With (the web app does); it keeps other sites from starting imports.',
        { field: 'headers' },
      );
    }
    if (!isPlaceImportKind(kind)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `“${kind}” is not a kind of place data; choose one of ${PLACE_IMPORT_KINDS.join(', ')}.`,
        { field: 'kind' },
      );
    }
    if (req.readableEnded) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Send the file as the body with Content-Type: application/octet-stream.',
        { field: 'body' },
      );
    }
    const file = join(tmpdir(), `cg-import-${randomUUID()}`);
    await pipeline(req, createWriteStream(file));
    return this.jobs.start(user, kind, file, (name ?? `${kind} upload`).slice(0, 200));
  }
}
