import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecordWriter } from '@cg/api/core/database';
import { DomainError } from '@cg/shared/domain';
import { Visibility } from '@cg/shared/domain';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { exportArchive } from '../archive/export-archive';
import { ArchiveImportReport, importArchive } from '../archive/import-archive';
import { csvStream } from '../csv/write-csv';
import { CsvImportService, errorCsv, errorFileName, importingOrganisation } from '../csv-import.service';
import { CsvImportReport } from '../import/csv-import-report';
import { CSV_KINDS, isCsvKind } from '../kinds/kind-spec';
import { KINDS } from '../kinds/kinds';
import { DomainErrorHttpFilter } from '@cg/api/core/graphql';
import { ImportJob, ImportJobService } from '@cg/api/core/imports';
import { csvImportRunner } from '../import/csv-import.runner';
import { jsonParam, receiveUpload, requireSameSite, withUploadedFile } from './upload';

interface UploadQuery {
  name?: string;
  source?: string;
  organisationId?: string;
  visibility?: string;
  dryRun?: string;
  mapping?: string;
  confirmations?: string;
}

/**
 * CSV in and out, and the archive (issue #12). Uploads are the file as the request body
 * (application/octet-stream or text/csv), like `POST /imports/places/<kind>`: a REST upload
 * rather than a GraphQL mutation, because files are large and streamed. Each needs the
 * X-Requested-With header (no upload by another site's form with the user's cookie).
 * A dry run runs within the request and answers its report: it is what the person reviews,
 * keeps nothing, and files are limited to 100 MB. A real import runs as a background job
 * (core/imports): the upload answers 202 with the job, whose progress and report `importJob(id)`
 * gives; an interrupted one is rolled back with its transaction and marked INTERRUPTED.
 */
@Controller()
@UseFilters(DomainErrorHttpFilter)
export class DataExchangeController {
  constructor(
    private readonly imports: CsvImportService,
    private readonly writer: RecordWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ImportJobService,
  ) {}

  private readonly csvRunner = csvImportRunner(this.writer);

  /**
   * `POST /imports/csv/<kind>?name=&source=&organisationId=&visibility=&dryRun=true&mapping={…}&confirmations={…}`:
   * a dry run answers its report (200); `dryRun=false` answers the background job (202).
   */
  @Post('imports/csv/:kind')
  @HttpCode(200)
  async importCsv(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Param('kind') kind: string,
    @Query() query: UploadQuery,
  ): Promise<CsvImportReport | ImportJob> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to import.');
    requireSameSite(req);
    if (!isCsvKind(kind))
      throw new DomainError(
        'BAD_USER_INPUT',
        `“${kind}” is not a kind of CSV import; choose one of ${CSV_KINDS.join(', ')}.`,
        { field: 'kind' },
      );
    const organisationId = importingOrganisation(req.user, kind, query.organisationId ?? null);
    const mapping = jsonParam(query.mapping, 'mapping');
    const confirmations = jsonParam(query.confirmations, 'confirmations') ?? {};
    const fileName = (query.name ?? `${kind}.csv`).slice(0, 200);
    const source = (query.source?.trim() || fileName).slice(0, 200);
    const visibility = visibilityOf(query.visibility);
    if (query.dryRun === 'false') {
      const file = await receiveUpload(req);
      res.status(202);
      return this.jobs.start(
        this.csvRunner,
        req.user,
        { kind, source, ownerOrganisationId: organisationId, visibility, mapping, confirmations },
        file,
        fileName,
      );
    }
    return withUploadedFile(req, (file) =>
      this.imports.run(req.user, {
        kind,
        file,
        fileName,
        source,
        organisationId,
        visibility,
        dryRun: true,
        mapping,
        confirmations,
      }),
    );
  }

  /** A CSV import's whole report, as its history keeps it (the job holds its counts). */
  @Get('imports/csv/:id/report')
  report(@Req() req: Request, @Param('id') id: string): Promise<CsvImportReport> {
    return this.imports.report(req.user, id);
  }

  /** The rows an import did not write, with an error column, to fix and upload again. */
  @Get('imports/csv/:id/errors.csv')
  async errorFile(@Req() req: Request, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { fileName, text } = await this.imports.errorFile(req.user, id);
    sendCsv(res, fileName).end(text);
  }

  /** A dry run's error file: the report's rejected rows posted back (the dry run kept nothing to fetch). */
  @Post('imports/csv-errors')
  async dryRunErrorFile(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const report = req.body as Pick<CsvImportReport, 'columns' | 'rejected' | 'fileName'>;
    if (!Array.isArray(report?.columns) || !Array.isArray(report?.rejected)) {
      throw new DomainError('BAD_USER_INPUT', 'Send the dry run report as JSON.', { field: 'body' });
    }
    sendCsv(res, errorFileName(String(report.fileName ?? 'import.csv'))).end(errorCsv(report));
  }

  /**
   * `GET /exports/csv/<kind>?organisationId=`: one kind of an organisation's records, as the
   * importer reads them (an instance admin naming no organisation gets the whole instance's).
   */
  @Get('exports/csv/:kind')
  async exportCsv(
    @Req() req: Request,
    @Param('kind') kind: string,
    @Query('organisationId') organisationId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!isCsvKind(kind))
      throw new DomainError('BAD_USER_INPUT', `“${kind}” is not a kind of CSV export.`, { field: 'kind' });
    const owner = !organisationId && req.user?.isInstanceAdmin ? null : exportingOrganisation(req, organisationId);
    const spec = KINDS[kind];
    const rows: Record<string, unknown>[] = await this.dataSource.query(spec.exportSql, [owner]);
    await pipeline(
      csvStream(
        spec.fields.map((field) => field.name),
        (async function* () {
          yield* rows;
        })(),
      ),
      sendCsv(res, `${kind}.csv`),
    );
  }

  /**
   * `GET /exports/archive?organisationId=`: everything the organisation owns as one zip; an
   * instance admin who names no organisation gets the whole instance.
   */
  @Get('exports/archive')
  async archive(
    @Req() req: Request,
    @Query('organisationId') organisationId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to export.');
    const whole = !organisationId && req.user.isInstanceAdmin;
    const owner = whole ? null : exportingOrganisation(req, organisationId);
    const name = owner
      ? (req.user.memberships.find((m) => m.organisationId === owner)?.organisationName ?? null)
      : null;
    const zip = await exportArchive(this.dataSource, { organisationId: owner, organisationName: name });
    const day = new Date().toISOString().slice(0, 10);
    res
      .status(200)
      .type('application/zip')
      .attachment(`common-ground-${owner ? 'organisation' : 'instance'}-${day}.zip`);
    await pipeline(zip, res);
  }

  /** `POST /imports/archive?organisationId=&visibility=&dryRun=`: an archive back in, in one transaction. */
  @Post('imports/archive')
  @HttpCode(200)
  async importArchive(@Req() req: Request, @Query() query: UploadQuery): Promise<ArchiveImportReport> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to import.');
    requireSameSite(req);
    const owner = importingOrganisation(req.user, 'organisations', query.organisationId ?? null);
    return withUploadedFile(req, (file) =>
      importArchive(file, {
        writer: this.writer,
        fileName: (query.name ?? 'archive.zip').slice(0, 200),
        ownerOrganisationId: owner,
        visibility: visibilityOf(query.visibility),
        actor: { userId: req.user?.id ?? null },
        dryRun: query.dryRun !== 'false',
      }),
    );
  }
}

/** Exports are for an organisation's admins (everything it owns), and instance admins. */
function exportingOrganisation(req: Request, organisationId: string | undefined): string {
  return importingOrganisation(req.user, 'organisations', organisationId ?? null);
}

function visibilityOf(value: string | undefined): Visibility {
  if (value === undefined || value === '') return Visibility.PRIVATE;
  if (!(Object.values(Visibility) as string[]).includes(value)) {
    throw new DomainError('BAD_USER_INPUT', `visibility must be one of ${Object.values(Visibility).join(', ')}.`, {
      field: 'visibility',
    });
  }
  return value as Visibility;
}

function sendCsv(res: Response, fileName: string): Response {
  return res.status(200).type('text/csv; charset=utf-8').attachment(fileName);
}
