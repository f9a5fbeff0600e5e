import { SortDirection } from '../sorting/sort-direction';
import { decodeCursor, encodeCursor, sortFingerprint } from './cursor';
import { DomainError } from '@cg/shared/domain';

const keys = [
  { sql: 'o.name', direction: SortDirection.ASC },
  { sql: 'o.id', direction: SortDirection.ASC },
];
const fingerprint = sortFingerprint(keys);

function rejection(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a rejection');
}

describe('cursors', () => {
  it('round-trip the key values and id, NULLs included, as URL-safe text', () => {
    const values = ['Ünïcode & “quotes” / +', null, 'b3c1e0de-0000-4000-8000-000000000001'];
    const threeKeys = sortFingerprint([...keys, { sql: 'o.x', direction: SortDirection.DESC }]);
    const cursor = encodeCursor(threeKeys, values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, threeKeys, 3, 'after')).toEqual(values);
  });

  it('differ in fingerprint when the order differs, so a cursor cannot be read under another sort', () => {
    expect(sortFingerprint([{ sql: 'o.name', direction: SortDirection.DESC }, keys[1]])).not.toBe(fingerprint);
    expect(sortFingerprint([{ sql: 'o.name', direction: SortDirection.ASC, nulls: 'FIRST' }, keys[1]])).not.toBe(
      fingerprint,
    );
    const other = encodeCursor(sortFingerprint([{ sql: 'o.created_at', direction: SortDirection.ASC }, keys[1]]), [
      'x',
      'id',
    ]);
    expect(() => decodeCursor(other, fingerprint, 2, 'after')).toThrow(DomainError);
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['not an array', Buffer.from('{"a":1}').toString('base64url')],
    ['too few values', encodeCursor(fingerprint, ['only-one'])],
    ['a number value', Buffer.from(JSON.stringify([fingerprint, 1, 'id'])).toString('base64url')],
    ['a NULL id', encodeCursor(fingerprint, ['Acme', null])],
    ['empty', ''],
  ])('refuses a cursor that is %s with BAD_USER_INPUT naming the argument', (_case, cursor) => {
    const error = rejection(() => decodeCursor(cursor, fingerprint, 2, 'before'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'before' });
    expect(error.message).toBe(`The cursor "${cursor}" is not valid for this list.`);
  });

  it('shortens a huge cursor in the message', () => {
    const error = rejection(() => decodeCursor('x'.repeat(5000), fingerprint, 2, 'after'));
    expect(error.message.length).toBeLessThan(140);
  });
});
