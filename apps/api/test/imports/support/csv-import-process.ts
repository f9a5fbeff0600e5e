// The import side of the API in a process of its own, so a test can SIGKILL it mid-import and
// start it again on the same database: `csv-import-process.ts <database url> start <file> <owner>`
// queues a CSV import of organisations as an admin of <owner> would (the job service and runner
// the API uses) and prints the job's id; `csv-import-process.ts <database url> restart` does
// what the API does on start-up (ImportJobService.onApplicationBootstrap) and exits.
import { RecordWriter, runWithAccessScope, typeOrmOptions } from '@cg/api/core/database';
import { ImportJobService } from '@cg/api/core/imports';
import { csvImportRunner } from '@cg/api/feature/data-exchange';
import { OrganisationRole, Visibility } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const [url, mode, file, owner] = process.argv.slice(2);
  const dataSource = await new DataSource(typeOrmOptions(url)).initialize();
  const jobs = new ImportJobService(dataSource);
  await jobs.onApplicationBootstrap();
  if (mode === 'restart') {
    await jobs.onApplicationShutdown();
    await dataSource.destroy();
    process.stdout.write('restarted\n');
    return;
  }
  const scope = {
    signedIn: true,
    isInstanceAdmin: false,
    memberships: [{ organisationId: owner, role: OrganisationRole.ORG_ADMIN }],
    ownOrganisationIds: [owner],
    partnerOrganisationIds: [],
    portfolioOrganisationIds: [],
  };
  const job = await runWithAccessScope(scope, () =>
    jobs.start(
      csvImportRunner(new RecordWriter(dataSource)),
      null,
      {
        kind: 'organisations',
        source: 'kill test',
        ownerOrganisationId: owner,
        visibility: Visibility.PRIVATE,
        mapping: null,
        confirmations: {},
      },
      file,
      'big.csv',
    ),
  );
  process.stdout.write(`${job.id}\n`);
  await jobs.idle();
  process.stdout.write('finished\n');
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
