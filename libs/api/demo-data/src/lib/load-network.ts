import { DataSource } from 'typeorm';
import { DemoNetwork } from './generate-network';

const BATCH = 5000;

/** Writes a generated network in one transaction: a failed load leaves nothing behind. */
export async function loadNetwork(dataSource: DataSource, network: DemoNetwork): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < network.organisations.length; start += BATCH) {
      const batch = network.organisations.slice(start, start + BATCH);
      await manager.query(
        `INSERT INTO organisation (name, type, sector, description, postcode)
         SELECT * FROM unnest($1::text[], $2::organisation_type[], $3::sector[], $4::text[], $5::text[])`,
        [
          batch.map((o) => o.name),
          batch.map((o) => o.type),
          batch.map((o) => o.sector),
          batch.map((o) => o.description),
          batch.map((o) => o.postcode),
        ],
      );
    }
  });
}
