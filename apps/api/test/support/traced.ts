import { countQueries } from '@cg/api/testing';
import { TestApp } from './test-app';

/**
 * A GraphQL operation's answer and the statements it sent, less the session lookup (which a
 * cached session skips, so it would make counts depend on the tests' order).
 */
export async function traced<T>(
  testApp: TestApp,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; sql: string[] }> {
  const counter = countQueries(testApp.dataSource);
  const data = await testApp.client().data<T>(query, variables);
  const sql = counter.queries.filter((text) => !text.includes('FROM user_session'));
  counter.stop();
  return { data, sql };
}
