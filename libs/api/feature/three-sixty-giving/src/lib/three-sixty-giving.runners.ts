import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import { RecordWriter } from '@cg/api/core/database';
import { DomainError } from '@cg/shared/domain';
import { countCsvRows, ImportRunners, requireInstanceAdmin } from '@cg/api/core/imports';
import { OrganisationRole, Visibility } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { detectFormat, GrantFormat } from './read/read-grants';
import { importCharityLinks } from './write/import-charity-links';
import { importGrants } from './write/import-grants';

export interface GrantUploadOptions {
  organisationId: string;
  visibility: Visibility;
  format: GrantFormat | null;
  /** Only say what the import would do: everything is rolled back. */
  dryRun: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may import grants, and for whom: an organisation's admins (or an instance admin) for that
 * organisation, which will own every record the import writes, at the visibility chosen.
 */
export function acceptGrantUpload(user: SessionUser, query: Record<string, string | undefined>): GrantUploadOptions {
  const admins = user.memberships.filter((m) => m.role === OrganisationRole.ORG_ADMIN).map((m) => m.organisationId);
  const organisationId = query['organisation'] ?? (admins.length === 1 ? admins[0] : undefined);
  if (!organisationId || !UUID.test(organisationId))
    throw new DomainError('BAD_USER_INPUT', 'Say which organisation the grants are imported for (organisation=<id>).', {
      field: 'organisation',
    });
  if (!user.isInstanceAdmin && !admins.includes(organisationId))
    throw new DomainError('FORBIDDEN', 'Only the administrators of an organisation can import grants for it.');
  const visibility = (query['visibility'] ?? Visibility.PUBLIC) as Visibility;
  if (!Object.values(Visibility).includes(visibility))
    throw new DomainError('BAD_USER_INPUT', `Visibility is one of ${Object.values(Visibility).join(', ')}.`, {
      field: 'visibility',
    });
  const format = query['format'] ?? null;
  if (format !== null && format !== 'json' && format !== 'csv')
    throw new DomainError('BAD_USER_INPUT', 'The format is json or csv (or leave it out to tell from the file).', {
      field: 'format',
    });
  return { organisationId, visibility, format, dryRun: query['dryRun'] === 'true' };
}

/** 360Giving grants (`POST /imports/360giving`) and the charity ↔ company lookup (`POST /imports/charity-links`) as background jobs. */
@Injectable()
export class ThreeSixtyGivingRunners implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly runners: ImportRunners,
  ) {}

  onModuleInit(): void {
    this.runners.register<GrantUploadOptions>({
      kind: '360giving',
      route: '360giving',
      runsAs: 'user',
      accept: acceptGrantUpload,
      organisationOf: (options) => options.organisationId,
      countRows: async (file, options) =>
        (options.format ?? (await detectFormat(file))) === 'csv' ? countCsvRows(file) : null,
      run: async ({ file, fileName, options, userId, progress }) =>
        importGrants(this.dataSource, this.writer, { userId }, file, {
          format: options.format ?? (await detectFormat(file)),
          ownership: { organisationId: options.organisationId, visibility: options.visibility },
          fileName,
          onProgress: progress,
          dryRun: options.dryRun,
        }),
    });
    this.runners.register<void>({
      kind: 'charity-links',
      route: 'charity-links',
      runsAs: 'system',
      accept: (user) => void requireInstanceAdmin(user),
      organisationOf: () => null,
      countRows: (file) => countCsvRows(file),
      run: ({ file, fileName, progress }) => importCharityLinks(this.dataSource, file, fileName, progress),
    });
  }
}
