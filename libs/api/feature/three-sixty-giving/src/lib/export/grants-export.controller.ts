import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { DomainError } from '@cg/shared/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { exportGrants } from './export-grants';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /exports/360giving?funder=<id>&place=<id>&programme=<title>`: the funding the caller may
 * read, as a 360Giving JSON package, streamed as a download. A REST download rather than a
 * GraphQL field, because a national portfolio runs to hundreds of megabytes.
 */
@Controller('exports')
export class GrantsExportController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('360giving')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: Record<string, string | undefined>,
  ): Promise<void> {
    if (!req.user) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } });
      return;
    }
    for (const key of ['funder', 'place'] as const)
      if (query[key] !== undefined && !UUID.test(query[key] ?? '')) {
        const error = new DomainError('BAD_USER_INPUT', `${key} is the id of a record.`, { field: key });
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: error.message } });
        return;
      }
    res.status(200);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="360giving-grants.json"');
    await exportGrants(
      this.dataSource,
      { funderOrganisationId: query['funder'], placeId: query['place'], programme: query['programme'] },
      (text) => new Promise<void>((resolve) => (res.write(text) ? resolve() : res.once('drain', () => resolve()))),
    );
    res.end();
  }
}
