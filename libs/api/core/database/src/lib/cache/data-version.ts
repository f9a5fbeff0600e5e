import { DataSource } from 'typeorm';
import { runAsBoundedSystem } from '../access/row-access';

/**
 * The version of the records cached reads are built from: each write statement to a source table
 * appends a row to network_change, in the writer's own transaction (migrations NetworkChangeLog
 * and AnalyticsChangeLog), so a reader sees the new version exactly when it can see the change.
 * Read from a small table by its primary key, not counted over the country's records.
 */
const DATA_VERSION_SQL = `SELECT concat_ws(':', max(id), count(*)) AS version FROM network_change`;

const inFlight = new WeakMap<DataSource, Promise<string>>();

/**
 * The current data version. Requests that ask while a check is running share it, so a list of
 * organisations asking for their network measures, or 16 readers of cold spots, cost one check.
 * Read as the system, so one check covers every user's cached answers; it reveals no rows. But
 * with a request's statement timeout, as every statement on a request's behalf: a lock on the
 * change log must not hold every network and analytics request for ever.
 */
export function recordDataVersion(dataSource: DataSource): Promise<string> {
  let version = inFlight.get(dataSource);
  if (!version) {
    version = runAsBoundedSystem(() => dataSource.query(DATA_VERSION_SQL))
      .then(([row]: { version: string }[]) => row.version)
      .finally(() => inFlight.delete(dataSource));
    inFlight.set(dataSource, version);
  }
  return version;
}
