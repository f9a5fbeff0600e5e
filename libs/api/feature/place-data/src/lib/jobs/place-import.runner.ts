import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countCsvRows, ImportRunners, requireInstanceAdmin } from '@cg/api/core/imports';
import { DataSource } from 'typeorm';
import { PlaceImportKind, PLACE_IMPORT_KINDS } from '../import/place-import-kind';
import { runPlaceImport } from '../import/run-place-import';

/** Official place data as background jobs: one runner per kind, uploaded to /imports/places/<kind>, instance admins only. */
@Injectable()
export class PlaceImportRunners implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runners: ImportRunners,
  ) {}

  onModuleInit(): void {
    for (const kind of PLACE_IMPORT_KINDS) {
      this.runners.register({
        kind,
        route: `places/${kind}`,
        runsAs: 'system',
        accept: (user) => void requireInstanceAdmin(user),
        organisationOf: () => null,
        countRows: (file) => (kind === PlaceImportKind.BOUNDARIES ? Promise.resolve(null) : countCsvRows(file)),
        run: ({ file, fileName, progress }) =>
          runPlaceImport(this.dataSource, kind, file, { fileName, onProgress: ({ rowsRead }) => progress(rowsRead) }),
      });
    }
  }
}
