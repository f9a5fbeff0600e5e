import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { DataSource } from 'typeorm';

/** The size of the demo county loaded into an empty database by `npm start`. */
export const DEMO_SIZE = { organisations: 160 };

export async function loadDemoDataIfEmpty(app: INestApplication): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM organisation');
  if (count > 0) return;
  await loadNetwork(dataSource, generateNetwork(DEMO_SIZE));
  Logger.log(`Loaded the demo network (${DEMO_SIZE.organisations} organisations)`, 'DemoData');
}
