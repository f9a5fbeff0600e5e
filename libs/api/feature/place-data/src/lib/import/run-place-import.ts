import { runAsSystem } from '@cg/api/core/database';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { importBoundaries } from './import-boundaries';
import { importCodeChanges } from './import-code-changes';
import { importCouncils } from './import-councils';
import { importHexLayout } from './import-hex-layout';
import { importIodLad } from './import-iod-lad';
import { importIodLsoa } from './import-iod-lsoa';
import { importLsoaCouncils } from './import-lsoa-councils';
import { importPostcodes } from './import-postcodes';
import { PlaceImportReport } from './import-report';
import { ImportRun, ProgressListener } from './import-run';
import { PlaceImportKind } from './place-import-kind';
import { repairPaths } from './write-places';

export interface PlaceImportOptions {
  onProgress?: ProgressListener;
  progressEveryMs?: number;
  /** Boundaries only: the year whose areas are current (default: the latest the file knows). */
  year?: number;
  /** The name to report, when the file on disk is an upload's temporary copy. */
  fileName?: string;
}

const IMPORTERS: Record<PlaceImportKind, (run: ImportRun, file: string, options: PlaceImportOptions) => Promise<void>> =
  {
    [PlaceImportKind.BOUNDARIES]: (run, file, options) => importBoundaries(run, file, { year: options.year }),
    [PlaceImportKind.CODE_CHANGES]: importCodeChanges,
    [PlaceImportKind.COUNCILS]: importCouncils,
    [PlaceImportKind.LSOA_COUNCILS]: importLsoaCouncils,
    [PlaceImportKind.IOD_LSOA]: importIodLsoa,
    [PlaceImportKind.IOD_LAD]: importIodLad,
    [PlaceImportKind.POSTCODES]: importPostcodes,
    [PlaceImportKind.HEX_LAYOUT]: importHexLayout,
  };

/**
 * Runs one import as the system (imports are reference data, not a request's records) in one
 * transaction: it all lands, or, interrupted or failing, none of it does. Places whose parent
 * changed take their subtrees' paths along before the commit.
 */
export function runPlaceImport(
  dataSource: DataSource,
  kind: PlaceImportKind,
  file: string,
  options: PlaceImportOptions = {},
): Promise<PlaceImportReport> {
  return runAsSystem(() =>
    dataSource.transaction(async (manager) => {
      // Each batch's statements touch a thousand rows by index: starting parallel workers for
      // them cost more than the work (the code lookup took 190 ms with workers, 3 ms without).
      await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const run = new ImportRun(
        manager,
        kind,
        options.fileName ?? basename(file),
        options.onProgress,
        options.progressEveryMs,
      );
      await IMPORTERS[kind](run, file, options);
      if (kind !== PlaceImportKind.POSTCODES && kind !== PlaceImportKind.HEX_LAYOUT) {
        const moved = await repairPaths(run);
        if (moved > 0) run.note(`${moved} places took a new path after their parents moved.`);
      }
      return run.report();
    }),
  );
}
