import { mayWrite } from './access-changes';

describe('mayWrite', () => {
  it.each([
    ['INSERT INTO organisation_member (user_id) VALUES ($1)', true],
    ['  UPDATE "user_session" SET "revoked_at" = $1', true],
    ['DELETE FROM organisation_member WHERE user_id = $1', true],
    ['COMMIT', true],
    ['TRUNCATE funding', true],
    ['WITH moved AS (UPDATE partnership SET name = $1 RETURNING id) SELECT * FROM moved', true],
    ['SELECT set_config($1, $2, false)', false],
    ['select id from organisation', false],
    ['WITH t AS (SELECT 1) SELECT * FROM t', false],
    ['START TRANSACTION', false],
    ['ROLLBACK', false],
  ])('%s → %s', (sql, expected) => {
    expect(mayWrite(sql)).toBe(expected);
  });
});
