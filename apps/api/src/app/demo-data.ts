import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { formatCounts, generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { DataSource } from 'typeorm';
import { createDemoUsers } from './demo-users';

/** The size of the demo county loaded into an empty database by `npm start`. */
export const DEMO_SIZE = { organisations: 160 };

export async function loadDemoDataIfEmpty(app: INestApplication): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM organisation');
  if (count > 0) return;
  // Dated up to the real today, so the activity log and measurements look current.
  const result = await loadNetwork(dataSource, generateNetwork({ ...DEMO_SIZE, today: new Date() }));
  await createDemoUsers(app);
  Logger.log(`Loaded the demo network in ${result.elapsedMs} ms: ${formatCounts(result.counts)}`, 'DemoData');
}
