// A process that makes one multi-row write through RecordWriter (an organisation and its
// people, with their audit rows, in one transaction) slowly, saying how far it got, so a test
// can kill it part-way: `slow-writer.ts <database url> <marker>`.
import { OrganisationEntity, PersonEntity, RecordWriter, SYSTEM, typeOrmOptions } from '@cg/api/core/database';
import { OrganisationType, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const [url, marker] = process.argv.slice(2);
  const dataSource = await new DataSource(typeOrmOptions(url)).initialize();
  const writer = new RecordWriter(dataSource);
  await writer.transaction(async (manager) => {
    const organisation = await writer.create(
      OrganisationEntity,
      { name: `${marker} Trust`, type: OrganisationType.CHARITY, sector: SECTOR_OF_TYPE[OrganisationType.CHARITY] },
      SYSTEM,
      { manager },
    );
    for (let i = 1; i <= 1000; i++) {
      await writer.create(
        PersonEntity,
        { fullName: `${marker} person ${i}`, ownerOrganisationId: organisation.id },
        SYSTEM,
        { manager },
      );
      process.stdout.write(`${i}\n`);
      await manager.query('SELECT pg_sleep(0.01)');
    }
  });
  await dataSource.destroy();
}

void main();
